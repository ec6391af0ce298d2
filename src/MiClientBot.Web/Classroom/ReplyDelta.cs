using MiClientBot.Core.Sessions;

namespace MiClientBot.Web.Classroom;

/// <summary>What a reply does (or would do) to the balloon: each source's change and the pressure's, rounded.</summary>
internal sealed record ReplyDelta(double Sustain, double Autonomy, double Discord, double Pressure)
{
    public static ReplyDelta Of(SessionState before, TurnResult result) => new(
        Math.Round(result.Delta.Sustain, 1),
        Math.Round(result.Delta.Autonomy, 1),
        Math.Round(result.Delta.Discord, 1),
        Math.Round(result.State.Resistance.Pressure - before.Resistance.Pressure, 1));
}
