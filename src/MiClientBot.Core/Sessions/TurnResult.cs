using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;

namespace MiClientBot.Core.Sessions;

/// <summary>The outcome of one trainee move: how it was coded, what it did to the balloon, and the client's reply.</summary>
/// <param name="State">The session after the turn; pass it to the next call.</param>
/// <param name="TraineeText">The trainee's move as the engine read it.</param>
/// <param name="Coding">How the trainee's move was coded.</param>
/// <param name="Delta">How much each source of resistance moved this turn.</param>
/// <param name="ThirdReply">True when the move answered a resistant client turn and so weighed more.</param>
/// <param name="Kind">The bank the reply came from.</param>
/// <param name="Talk">What the reply expresses.</param>
/// <param name="Reply">The client's words; empty when the client has already walked out.</param>
/// <param name="Timestamp">When the turn was taken.</param>
public sealed record TurnResult(
    SessionState State,
    string TraineeText,
    CodingResult Coding,
    ResistanceLevels Delta,
    bool ThirdReply,
    ReplyKind Kind,
    Talk Talk,
    string Reply,
    DateTimeOffset Timestamp)
{
    /// <summary>What the trainee's words were about, when the reader found a topic.</summary>
    public string? Topic { get; init; }

    /// <summary>How many of the trainee's recent moves this one repeats (nearly) word for word.</summary>
    public int Repeats { get; init; }

    /// <summary>True when the reply answers <see cref="Topic"/> from the persona's facts.</summary>
    public bool Answered { get; init; }

    /// <summary>True when the client has walked out and the session is over.</summary>
    public bool Ended => State.State == ClientState.WalkedOut;
}
