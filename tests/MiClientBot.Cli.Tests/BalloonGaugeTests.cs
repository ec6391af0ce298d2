using MiClientBot.Cli.Chat;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Resistance;

namespace MiClientBot.Cli.Tests;

public class BalloonGaugeTests
{
    [Theory]
    [InlineData(Language.En, "[balloon ███████░░░ 70]", "· discord")]
    [InlineData(Language.Nb, "[ballong ███████░░░ 70]", "· relasjonsmotstand")]
    [InlineData(Language.Da, "[ballon ███████░░░ 70]", "· relationsmodstand")]
    public void Render_StateInDiscord_NamesTheStateInTheSessionLanguage(Language language, string start, string end)
    {
        var snapshot = new MiStateSnapshot(3, "discord", new ResistanceLevels(60, 70, 80), 70, "sustain");

        var gauge = BalloonGauge.Render(snapshot, new ResistanceLevels(0, 5, -3), language);

        Assert.StartsWith(start, gauge, StringComparison.Ordinal);
        Assert.EndsWith(end, gauge, StringComparison.Ordinal);
    }
}
