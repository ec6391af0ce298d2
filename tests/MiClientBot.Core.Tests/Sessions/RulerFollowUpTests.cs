using MiClientBot.Coding;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Sessions;

public class RulerFollowUpTests
{
    private static readonly ClientEngine Engine = new(Catalogs.Scenarios, TraineeMoveCoder.CreateDefault());

    [Theory]
    [InlineData("en", "Four to six pints every night is a problem, Gary, whatever you call it. You need to face it.")]
    [InlineData("da", "Fire til seks fadøl hver aften er et problem, Gary, uanset hvad du kalder det. Det må du indse.")]
    public void Respond_ArgumentHoldingTwoNumbersWithNoRulerAsked_StaysAnArgument(string code, string text)
    {
        LanguageCodes.TryParse(code, out var language);

        var turn = Engine.Respond(Engine.Start("gary", language, 1).State, text);

        Assert.True(turn.Coding.Main.IsMiNonAdherent(), turn.Coding.Main.ToName());
    }
}
