using MiClientBot.Coding;
using MiClientBot.Core.Replies;

namespace MiClientBot.Core.Resistance;

/// <summary>
/// The base effect of each MITI code on the balloon, before the third-reply weight, the persona's
/// sensitivities, repetition and spill-over. Derived from the seeds: reflections roll with the source
/// they reflect, affirmation and autonomy support ease discord and autonomy protection, the righting
/// reflex raises autonomy protection and discord and makes the client argue the other side.
/// </summary>
internal static class MoveEffects
{
    public static MoveEffect Base(MitiCode code, Talk previousTalk, bool permissionGiven) => code switch
    {
        MitiCode.QuestionOpen => new(-1, -1, -1, 3, 2),
        MitiCode.QuestionClosed => new(0, 1, 0.5, 0, 0),
        MitiCode.ReflectionSimple => Reflection(previousTalk),
        MitiCode.ReflectionComplex => Reflection(previousTalk).Scale(1.6),
        MitiCode.Affirm => new(-1, -4, -6, 3, 6),
        MitiCode.SeekingCollaboration => new(-1, -6, -4, 2, 4),
        MitiCode.EmphasizingAutonomy => new(-2, -12, -4, 3, 5),
        MitiCode.GivingInformation => permissionGiven ? new(-3, 0, 0, 3, 1) : new(3, 5, 1, 0, -1),
        MitiCode.PersuadeWithPermission => new(2, 2, 0, 1, 0),
        MitiCode.Persuade => new(8, 12, 5, -6, -6),
        MitiCode.Confront => new(5, 10, 16, -8, -12),
        _ => new(0, 0, -0.5, 0, 0.5),
    };

    /// <summary>A reflection lowers the source it reflects; reflected change talk grows.</summary>
    private static MoveEffect Reflection(Talk previousTalk) => previousTalk switch
    {
        Talk.Sustain => new(-7, -1, -1, 2, 4),
        Talk.Autonomy => new(-1, -9, -2, 1, 4),
        Talk.Discord => new(-1, -2, -9, 0, 5),
        Talk.Affect => new(-3, -4, -6, 1, 6),
        Talk.Change => new(-3, -1, -1, 9, 3),
        _ => new(-2, -2, -2, 2, 3),
    };
}
