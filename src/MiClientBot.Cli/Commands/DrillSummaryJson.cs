using MiClientBot.Core.Drills;

namespace MiClientBot.Cli.Commands;

/// <summary>The last line of `drill --json`: {"summary": {...}}.</summary>
internal sealed record DrillSummaryJson(DrillSummaryJson.Body Summary)
{
    public static DrillSummaryJson From(DrillSummary s, int count) => new(new Body(
        s.Drills, count, s.Rolled, s.Argued, s.Questions, s.Other,
        s.MostDown is { } down ? new Moved(down.Id, down.PressureChange) : null,
        s.MostUp is { } up ? new Moved(up.Id, up.PressureChange) : null,
        s.PressureChange));

    /// <summary>What the set did: answered of total, each verdict, what moved the balloon most.</summary>
    internal sealed record Body(int Drills, int Of, int Rolled, int Argued, int Questions, int Other, Moved? MostDown, Moved? MostUp, double PressureChange);

    /// <summary>One drill and its pressure change.</summary>
    internal sealed record Moved(string Id, double PressureChange);
}
