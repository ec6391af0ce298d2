using MiClientBot.Coding;
using MiClientBot.Core.Drills;

namespace MiClientBot.Cli.Commands;

/// <summary>The JSON shape of one answered drill in `drill --json`.</summary>
internal sealed record DrillJson(
    string Id, string Source, string Statement, string Code, ResistanceJson Delta,
    double PressureBefore, double PressureAfter, string Reply, string Feedback)
{
    public static DrillJson From(DrillResult r) => new(
        r.Drill.Id, r.Drill.Source.ToString().ToLowerInvariant(), r.Statement, r.Code.ToName(),
        new ResistanceJson(r.Delta.Sustain, r.Delta.Autonomy, r.Delta.Discord),
        r.PressureBefore, r.PressureAfter, r.Reply, r.Feedback);
}
