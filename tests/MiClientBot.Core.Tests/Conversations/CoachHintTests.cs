using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Conversations;

/// <summary>The third-reply hint fires only after real resistance and never advises the move just made.</summary>
public class CoachHintTests
{
    private static readonly ClientEngine Engine = new(Catalogs.Scenarios, new ScriptedCoder());

    private static readonly Persona Gary = Catalogs.Scenarios.All.Single(p => p.Id == "gary");

    [Theory]
    [InlineData(ReplyKind.AutonomyActive, false, true)]
    [InlineData(ReplyKind.Discord, false, true)]
    [InlineData(ReplyKind.Affect, false, true)]
    [InlineData(ReplyKind.SustainReasons, false, true)]
    [InlineData(ReplyKind.SustainReasons, true, false)]
    [InlineData(ReplyKind.Neutral, false, false)]
    [InlineData(ReplyKind.Elaborating, false, false)]
    [InlineData(ReplyKind.ChangeDesire, false, false)]
    public void After_OpenQuestion_HintsOnlyAfterARealResistantTurn(ReplyKind last, bool answered, bool hints)
    {
        var before = Engine.Start("gary", Language.En, 1).State with { LastKind = last, LastTalk = Talks.Of(last), LastAnswered = answered };

        var turn = Engine.Respond(before, "question-open: What do you make of that?");

        Assert.Equal(hints, Coach.After(before, turn, Gary) is not null);
    }

    [Theory]
    [InlineData(ReplyKind.SustainReasons)]
    [InlineData(ReplyKind.AutonomyActive)]
    [InlineData(ReplyKind.Affect)]
    public void After_QuestionAfterResistance_NeverSuggestsAnotherQuestion(ReplyKind last)
    {
        var before = Engine.Start("gary", Language.En, 1).State with { LastKind = last, LastTalk = Talks.Of(last) };

        var hint = Coach.After(before, Engine.Respond(before, "question-open: Why is that?"), Gary);

        Assert.NotNull(hint);
        var advice = hint[hint.IndexOf("Try instead", StringComparison.Ordinal)..];
        Assert.DoesNotContain("question", advice, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ask", advice, StringComparison.OrdinalIgnoreCase);
    }
}
