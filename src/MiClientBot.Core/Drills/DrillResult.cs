using MiClientBot.Coding;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Drills;

/// <summary>What one third reply did on a drill.</summary>
/// <param name="Drill">The drill answered.</param>
/// <param name="Statement">The trainee's third reply as the engine read it.</param>
/// <param name="Code">How the reply was coded (MITI).</param>
/// <param name="Delta">Each source after minus before.</param>
/// <param name="PressureBefore">The balloon's pressure when the client had just answered.</param>
/// <param name="PressureAfter">The pressure after the third reply.</param>
/// <param name="Reply">The client's answer to the third reply.</param>
/// <param name="Verdict">Rolled with it, argued, a question or neither.</param>
/// <param name="FeedbackKey">Which feedback line was chosen (reflection, undershoot, persuade, ...).</param>
/// <param name="Feedback">The one line of feedback in the drill's language.</param>
public sealed record DrillResult(
    Drill Drill,
    string Statement,
    MitiCode Code,
    ResistanceLevels Delta,
    double PressureBefore,
    double PressureAfter,
    string Reply,
    DrillVerdict Verdict,
    string FeedbackKey,
    string Feedback)
{
    /// <summary>The session after the third reply (for the balloon a channel draws); null only in hand-made results.</summary>
    public SessionState? After { get; init; }

    /// <summary>What the client's answer expresses.</summary>
    public Talk ReplyTalk { get; init; } = Talk.Neutral;

    /// <summary>After minus before: negative when the reply eased the balloon.</summary>
    public double PressureChange => PressureAfter - PressureBefore;

    /// <summary>What the summary keeps of this result.</summary>
    public DrillTally Tally => new(Drill.Id, Verdict, Math.Round(PressureChange, 1));
}
