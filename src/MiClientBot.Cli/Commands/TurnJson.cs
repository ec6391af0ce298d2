using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Cli.Commands;

/// <summary>The JSON shape of one turn in `replay --json`.</summary>
internal sealed record TurnJson(
    int Turn, string Code, IReadOnlyList<string> Codes, IReadOnlyList<string> Cues, string State,
    ResistanceJson Resistance, double Pressure, string Talk, string Kind, bool ThirdReply, string Reply,
    string? Topic, double ChangeTalk, double Trust)
{
    public static TurnJson From(TurnResult r)
    {
        var levels = r.State.Resistance.Rounded();
        return new TurnJson(
            r.State.Turn, r.Coding.Main.ToName(), [.. r.Coding.Codes.Select(c => c.ToName())], r.Coding.Cues,
            r.State.State.ToName(), new ResistanceJson(levels.Sustain, levels.Autonomy, levels.Discord),
            Math.Round(r.State.Resistance.Pressure, 1), r.Talk.ToName(), r.Kind.ToPath(), r.ThirdReply, r.Reply,
            r.Topic, Math.Round(r.State.ChangeTalk, 1), Math.Round(r.State.Trust, 1));
    }
}
