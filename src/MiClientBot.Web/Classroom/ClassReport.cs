namespace MiClientBot.Web.Classroom;

/// <summary>The class at the end (or so far): the moves chosen, the balloon over time and the spread of the class's replies per round.</summary>
internal sealed record ClassReport(
    string Code,
    string Persona,
    string PersonaName,
    string Language,
    string Status,
    DateTimeOffset OpenedAt,
    int Students,
    IReadOnlyList<ReportRound> Rounds);
