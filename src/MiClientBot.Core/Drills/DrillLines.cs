using MiClientBot.Coding;

namespace MiClientBot.Core.Drills;

/// <summary>The words every channel shows for a drill and its result, in the drill's language.</summary>
public static class DrillLines
{
    /// <summary>The heading of drill <paramref name="number"/> (from 1) of <paramref name="count"/>: "Drill 2 of 10 (autonomy, strong affect)".</summary>
    public static string Heading(Drill drill, int number, int count)
    {
        var text = DrillText.For(drill.Language);
        var what = text.Get("source-" + drill.Source.ToString().ToLowerInvariant());
        if (drill.StrongAffect)
        {
            what += ", " + text.Get("affect-strong");
        }

        return text.Get("drill", number, count, what);
    }

    /// <summary>The scene, the helper's move and the client's answer, one line each.</summary>
    public static IReadOnlyList<string> Scene(Drill drill, string clientName)
    {
        var text = DrillText.For(drill.Language);
        return [text.Get("scene", drill.Scene), text.Get("helper", drill.Helper), text.Get("client", clientName, drill.Client)];
    }

    /// <summary>What the third reply did: the code, the balloon's change, the client's answer and the feedback.</summary>
    public static IReadOnlyList<string> Result(DrillResult result, string clientName)
    {
        var text = DrillText.For(result.Drill.Language);
        var lines = new List<string>
        {
            text.Get("code", MitiCodeLabels.Label(result.Code, result.Drill.Language)),
            text.Get(
                "balloon",
                Number(result.PressureBefore), Number(result.PressureAfter),
                DrillSummary.Signed(result.Delta.Sustain), DrillSummary.Signed(result.Delta.Autonomy), DrillSummary.Signed(result.Delta.Discord)),
        };
        if (result.Reply.Length > 0)
        {
            lines.Add(text.Get("client", clientName, result.Reply));
        }

        lines.Add(result.Feedback);
        return lines;
    }

    /// <summary>A text of the drill dialogue by key (prompt, start, back, none, ...), formatted.</summary>
    public static string Text(Language language, string key, params object[] args) => DrillText.For(language).Get(key, args);

    private static string Number(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
