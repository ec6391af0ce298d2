namespace MiClientBot.Web.Classroom;

/// <summary>What the projector polls: the class, its current round and the moves so far.</summary>
internal sealed record ClassFeed(
    string Code,
    string Persona,
    string PersonaName,
    string Language,
    string Status,
    int Students,
    string JoinPath,
    FeedRound Round,
    IReadOnlyList<FeedMove> Moves);
