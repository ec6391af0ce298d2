using MiClientBot.Coding;

namespace MiClientBot.Core.Drills;

/// <summary>
/// Names what a third reply did with the resistance, as the seeds teach it: rolling with it (reflection,
/// affirmation, autonomy, collaboration) or arguing (persuading, confronting, information or advice without
/// permission); a question does neither. On strong affect it tells a simple reflection, an undershoot and
/// an overshoot apart; any reflection that makes the resistance who the client is gets told so.
/// </summary>
internal static class DrillFeedback
{
    /// <summary>The verdict and the key of its feedback line.</summary>
    public static (DrillVerdict Verdict, string Key) Judge(Drill drill, MitiCode code, string statement)
    {
        var text = DrillText.For(drill.Language);
        return code switch
        {
            _ when code.IsReflection() => (DrillVerdict.Rolled, Reflection(drill, code, statement, text)),
            MitiCode.Affirm => (DrillVerdict.Rolled, text.MakesIdentify(statement) ? "identify" : "affirm"),
            MitiCode.EmphasizingAutonomy => (DrillVerdict.Rolled, "autonomy"),
            MitiCode.SeekingCollaboration => (DrillVerdict.Rolled, "collaboration"),
            MitiCode.Persuade or MitiCode.PersuadeWithPermission => (DrillVerdict.Argued, "persuade"),
            MitiCode.Confront => (DrillVerdict.Argued, "confront"),

            // The helper asked no permission in the scene: information now is the righting reflex.
            MitiCode.GivingInformation => (DrillVerdict.Argued, "information"),
            _ when code.IsQuestion() => (DrillVerdict.Question, "question"),
            _ => (DrillVerdict.Other, "other"),
        };
    }

    /// <summary>The feedback line: the verdict's name, then what the seeds say about it.</summary>
    public static string Line(Language language, DrillVerdict verdict, string key)
    {
        var text = DrillText.For(language);
        return text.Verdict(verdict) + " " + text.Feedback(key);
    }

    private static string Reflection(Drill drill, MitiCode code, string statement, DrillText text)
    {
        if (text.MakesIdentify(statement))
        {
            return "identify";
        }

        if (!drill.StrongAffect)
        {
            return "reflection";
        }

        // A softener ("a bit") shows the intent to undershoot more surely than an extreme word shows an overshoot.
        return text.Undershoots(statement, drill.Client) ? "undershoot"
            : text.Overshoots(statement, drill.Client) ? "overshoot"
            : code == MitiCode.ReflectionSimple ? "reflection-affect-simple"
            : "reflection-affect-complex";
    }
}
