using MiClientBot.Coding;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// One student's reply in a round and what it would do: the engine's answer on the round's state, kept but not yet
/// taken. Picking it continues the class from exactly this result.
/// </summary>
internal sealed record ClassReply(string Id, int Round, ClassStudent Student, string Text, TurnResult Result, DateTimeOffset At)
{
    /// <summary>True when it took the place of the student's earlier reply in the round.</summary>
    public bool Replaces { get; init; }

    public MitiCode Code => Result.Coding.Main;

    public ResistanceLevels Delta => Result.Delta;
}
