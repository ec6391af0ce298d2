using MiClientBot.Coding;
using MiClientBot.Core.Conversations;

namespace MiClientBot.Core.Tests.Conversations;

public sealed class CoachTextTests
{
    [Theory]
    [InlineData("do-discord", Language.Da)]
    [InlineData("do-planning", Language.Da)]
    [InlineData("do-discord", Language.Nb)]
    [InlineData("do-planning", Language.Nb)]
    public void Get_NameEndingInS_NoDoubledGenitiveS(string key, Language language)
    {
        var text = CoachText.Get(key, language, "Mads");

        Assert.Contains("Mads", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Madss", text, StringComparison.Ordinal);
    }
}
