using System.Globalization;
using MiClientBot.Coding;

namespace MiClientBot.Core.Drills;

/// <summary>The end of a drill set: what the trainee did and what moved the balloon.</summary>
/// <param name="Drills">Drills answered.</param>
/// <param name="Rolled">Replies that rolled with the resistance.</param>
/// <param name="Argued">Replies that argued.</param>
/// <param name="Questions">Replies that were questions.</param>
/// <param name="Other">Replies read as neither.</param>
/// <param name="MostDown">The drill whose reply eased the balloon most, when any did.</param>
/// <param name="MostUp">The drill whose reply pushed the balloon up most, when any did.</param>
/// <param name="PressureChange">The pressure changes of all replies added up.</param>
public sealed record DrillSummary(
    int Drills, int Rolled, int Argued, int Questions, int Other, DrillTally? MostDown, DrillTally? MostUp, double PressureChange)
{
    /// <summary>Sums up the answered drills (none answered gives zeros).</summary>
    public static DrillSummary Of(IReadOnlyList<DrillTally> tallies)
    {
        var down = tallies.Where(t => t.PressureChange < 0).MinBy(t => t.PressureChange);
        var up = tallies.Where(t => t.PressureChange > 0).MaxBy(t => t.PressureChange);
        return new DrillSummary(
            tallies.Count,
            tallies.Count(t => t.Verdict == DrillVerdict.Rolled),
            tallies.Count(t => t.Verdict == DrillVerdict.Argued),
            tallies.Count(t => t.Verdict == DrillVerdict.Question),
            tallies.Count(t => t.Verdict == DrillVerdict.Other),
            down,
            up,
            Math.Round(tallies.Sum(t => t.PressureChange), 1));
    }

    /// <summary>The summary as a few lines in <paramref name="language"/>.</summary>
    public IReadOnlyList<string> Lines(Language language)
    {
        var text = DrillText.For(language);
        var lines = new List<string> { text.Get("summary", Drills, Rolled, Argued, Questions, Other, Signed(PressureChange)) };
        if (MostDown is not null)
        {
            lines.Add(text.Get("most-down", MostDown.Id, Signed(MostDown.PressureChange)));
        }

        if (MostUp is not null)
        {
            lines.Add(text.Get("most-up", MostUp.Id, Signed(MostUp.PressureChange)));
        }

        return lines;
    }

    /// <summary>A change with its sign, one decimal, invariant: "+3.2", "-4.0".</summary>
    public static string Signed(double value) =>
        (value > 0 ? "+" : string.Empty) + value.ToString("0.0", CultureInfo.InvariantCulture);
}
