using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;

namespace MiClientBot.Core.Sessions;

/// <summary>
/// Everything the engine needs to continue a session, and nothing more (transcripts are kept apart),
/// so that it serializes small and an earlier copy restores the session exactly.
/// </summary>
public sealed record SessionState
{
    /// <summary>The persona being played.</summary>
    public required string PersonaId { get; init; }

    /// <summary>The session language.</summary>
    public required Language Language { get; init; }

    /// <summary>The seed the session started from.</summary>
    public required long Seed { get; init; }

    /// <summary>The random source's state after the last turn.</summary>
    public required ulong Rng { get; init; }

    /// <summary>Trainee turns taken so far.</summary>
    public int Turn { get; init; }

    /// <summary>The client's state.</summary>
    public ClientState State { get; init; }

    /// <summary>The three sources of resistance.</summary>
    public ResistanceLevels Resistance { get; init; }

    /// <summary>0..100: how far the client trusts the helper; deeper values open above <see cref="BalloonModel.ValuesTrust"/>.</summary>
    public double Trust { get; init; }

    /// <summary>0..100: how strongly change talk is building.</summary>
    public double ChangeTalk { get; init; }

    /// <summary>Turns spent in the current state.</summary>
    public int TurnsInState { get; init; }

    /// <summary>Consecutive turns of discord at or above the strain level (walkout after too many).</summary>
    public int DiscordStrain { get; init; }

    /// <summary>Questions in a row up to and including the last move.</summary>
    public int QuestionRun { get; init; }

    /// <summary>Turns since the last persuade or confront (large when none).</summary>
    public int TurnsSincePush { get; init; } = 99;

    /// <summary>The progress state to return to once autonomy defence or discord eases.</summary>
    public ClientState Resume { get; init; } = ClientState.Engaging;

    /// <summary>The talk of the client's last line.</summary>
    public Talk LastTalk { get; init; } = Talk.Neutral;

    /// <summary>The bank of the client's last line.</summary>
    public ReplyKind LastKind { get; init; } = ReplyKind.Greeting;

    /// <summary>The client's last line: the context for coding the trainee's next move.</summary>
    public string LastClientLine { get; init; } = string.Empty;

    /// <summary>The trainee's last move.</summary>
    public MitiCode? LastMove { get; init; }

    /// <summary>True once the client has voiced a deeper value.</summary>
    public bool ValuesRevealed { get; init; }

    /// <summary>Fingerprints of the trainee's recent moves, to notice the same reflection repeated.</summary>
    public IReadOnlyList<string> RecentMoves { get; init; } = [];

    /// <summary>The importance the client last gave on a 0..10 ruler, once asked.</summary>
    public int? Importance { get; init; }

    /// <summary>The confidence the client last gave on a 0..10 ruler, once asked.</summary>
    public int? Confidence { get; init; }

    /// <summary>The ruler asked last (scale.importance or scale.confidence), for "why not lower?".</summary>
    public string? LastScale { get; init; }

    /// <summary>Change-talk lines the client itself has voiced: commitment grows from the client's own words.</summary>
    public int ChangeVoiced { get; init; }

    /// <summary>What the client committed to, in its own words, once it has (null before).</summary>
    public string? Commitment { get; init; }

    /// <summary>True when the client's last line answered a question about its life rather than voicing a stance.</summary>
    public bool LastAnswered { get; init; }

    /// <summary>Recently used lines as (kind * 256 + index), so the client does not repeat itself.</summary>
    public IReadOnlyList<int> UsedLines { get; init; } = [];
}
