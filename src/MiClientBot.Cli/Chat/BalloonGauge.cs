using System.Globalization;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Cli.Chat;

/// <summary>The one-line balloon gauge shown after each reply in interactive mode.</summary>
internal static class BalloonGauge
{
    private const int Width = 10;

    public static string Render(MiStateSnapshot snapshot, ResistanceLevels delta, Language language)
    {
        var r = snapshot.Resistance;
        var filled = (int)Math.Round(snapshot.Pressure / 100 * Width);
        var bar = new string('█', filled) + new string('░', Width - filled);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{UiText.Get("balloon", language)} {bar} {snapshot.Pressure:0}] {Part("sustain", r.Sustain, delta.Sustain, language)} | {Part("autonomy", r.Autonomy, delta.Autonomy, language)} | {Part("discord", r.Discord, delta.Discord, language)} · {ClientStateLabels.Label(snapshot.State, language)}");
    }

    private static string Part(string key, double level, double delta, Language language)
    {
        var arrow = delta >= 0.5 ? $"▲{delta:0}" : delta <= -0.5 ? $"▼{-delta:0}" : "=";
        return string.Create(CultureInfo.InvariantCulture, $"{UiText.Get(key, language)} {level:0} {arrow}");
    }
}
