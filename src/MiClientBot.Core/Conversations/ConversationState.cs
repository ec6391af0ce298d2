using System.Text.Json.Serialization;
using MiClientBot.Coding;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Conversations;

/// <summary>
/// One conversation on a channel. The session is derived from (persona, language, seed, inputs) by
/// replay, so <see cref="Inputs"/> is the source of truth: undo drops the last input and replays,
/// which restores balloon, state and reply history exactly. <see cref="Session"/> caches the result.
/// </summary>
public sealed record ConversationState
{
    /// <summary>The language the tool and the client speak.</summary>
    public Language Language { get; init; } = Language.En;

    /// <summary>The persona in play; null before the trainee has chosen one.</summary>
    public string? PersonaId { get; init; }

    /// <summary>The seed of the current session.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Coach mode: hints after MI-non-adherent moves (on for self-study, off in exam mode).</summary>
    public bool Coach { get; init; } = true;

    /// <summary>The trainee's moves in the current session, in order.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>
    /// The client's words after each input when a model voice was on (null when it was not; "" where they
    /// are not known): what was shown, so undo, reports and replays reuse it and never ask the model again.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Said { get; init; }

    /// <summary>The drill set running in this conversation (`/drill`); null in the normal role-play.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DrillProgress? Drill { get; init; }

    /// <summary>The session after the last input; null before a persona is chosen.</summary>
    public SessionState? Session { get; init; }
}
