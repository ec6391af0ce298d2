using MiClientBot.Coding;

namespace MiClientBot.Core.States;

/// <summary>The trigger each MITI code fires and the sets of triggers the transitions accept.</summary>
internal static class Triggers
{
    /// <summary>Any move at all.</summary>
    public static readonly Trigger[] Any = [Trigger.Evocative, Trigger.Neutral, Trigger.Push];

    /// <summary>Any move but persuading or confronting.</summary>
    public static readonly Trigger[] Consistent = [Trigger.Evocative, Trigger.Neutral];

    /// <summary>Only the moves that draw the client out.</summary>
    public static readonly Trigger[] Evocative = [Trigger.Evocative];

    /// <summary>The trigger a coded move fires.</summary>
    public static Trigger Of(MitiCode move) => move switch
    {
        MitiCode.QuestionOpen or MitiCode.ReflectionSimple or MitiCode.ReflectionComplex or MitiCode.Affirm
            or MitiCode.SeekingCollaboration or MitiCode.EmphasizingAutonomy => Trigger.Evocative,
        _ when move.IsMiNonAdherent() => Trigger.Push,
        _ => Trigger.Neutral,
    };
}
