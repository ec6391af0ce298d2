using MiClientBot.Coding;
using MiClientBot.Core.Drills;

namespace MiClientBot.Core.Tests.Drills;

public class DrillRunnerTests
{
    private const long Seed = 7;

    [Theory]
    [MemberData(nameof(DrillData.All), MemberType = typeof(DrillData))]
    public void Run_SampleReflectionAndArgument_ReflectionLowersPressureAndArgumentRaisesIt(string set, string persona, string language, string id)
    {
        var drill = DrillData.Find(set, persona, language, id);

        var reflection = DrillData.Runner.Run(drill, Seed, drill.Reflection);
        var argument = DrillData.Runner.Run(drill, Seed, drill.Argument);

        Assert.True(reflection.PressureChange <= -1, $"{id}: the reflection ({reflection.Code.ToName()}) moved the pressure {reflection.PressureChange:0.0}");
        Assert.True(argument.PressureChange >= 1, $"{id}: the argument ({argument.Code.ToName()}) moved the pressure {argument.PressureChange:0.0}");
        Assert.True(reflection.PressureAfter < argument.PressureAfter);
    }

    [Theory]
    [MemberData(nameof(DrillData.All), MemberType = typeof(DrillData))]
    public void Run_SampleReflectionAndArgument_FeedbackNamesRollingAndArguing(string set, string persona, string language, string id)
    {
        var drill = DrillData.Find(set, persona, language, id);

        var reflection = DrillData.Runner.Run(drill, Seed, drill.Reflection);
        var argument = DrillData.Runner.Run(drill, Seed, drill.Argument);

        Assert.True(reflection.Verdict == DrillVerdict.Rolled, $"{id}: the reflection was read as {reflection.Code.ToName()}: {reflection.Feedback}");
        Assert.True(argument.Verdict == DrillVerdict.Argued, $"{id}: the argument was read as {argument.Code.ToName()}: {argument.Feedback}");
        Assert.StartsWith(Verdict(drill, DrillVerdict.Rolled), reflection.Feedback, StringComparison.Ordinal);
        Assert.StartsWith(Verdict(drill, DrillVerdict.Argued), argument.Feedback, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DrillData.StrongAffect), MemberType = typeof(DrillData))]
    public void Run_StrongAffectUndershootAndOvershoot_FeedbackNamesEach(string set, string persona, string language, string id)
    {
        var drill = DrillData.Find(set, persona, language, id);

        var under = DrillData.Runner.Run(drill, Seed, drill.Undershoot);
        var over = DrillData.Runner.Run(drill, Seed, drill.Overshoot);

        Assert.True(under.FeedbackKey == "undershoot", $"{id}: the undershoot ({under.Code.ToName()}) got '{under.FeedbackKey}': {under.Feedback}");
        Assert.True(over.FeedbackKey == "overshoot", $"{id}: the overshoot ({over.Code.ToName()}) got '{over.FeedbackKey}': {over.Feedback}");
        Assert.True(under.PressureChange < 0, $"{id}: the undershoot moved the pressure {under.PressureChange:0.0}");
    }

    [Theory]
    [InlineData("en", "Why do you smoke at work?")]
    [InlineData("nb", "Hvorfor røyker du på jobben?")]
    [InlineData("da", "Hvorfor ryger du på arbejdet?")]
    public void Run_Question_SaysItNeitherRollsNorArgues(string language, string question)
    {
        var drill = DrillData.Find(DrillData.FixtureSet, "sara", language, "smoke-break");

        var result = DrillData.Runner.Run(drill, Seed, question);

        Assert.True(result.Code.IsQuestion(), result.Code.ToName());
        Assert.Equal(DrillVerdict.Question, result.Verdict);
        Assert.StartsWith(Verdict(drill, DrillVerdict.Question), result.Feedback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "You're someone who never lets anybody tell you what to do.")]
    [InlineData("nb", "Du er en som aldri lar noen bestemme over deg.")]
    [InlineData("da", "Du er en, der aldrig lader nogen bestemme over dig.")]
    public void Run_ReflectionThatMakesResistanceWhoTheClientIs_SaysAcknowledgeInstead(string language, string reply)
    {
        var drill = DrillData.Find(DrillData.FixtureSet, "sara", language, "my-choice");

        var result = DrillData.Runner.Run(drill, Seed, reply);

        Assert.True(result.Verdict == DrillVerdict.Rolled, $"read as {result.Code.ToName()}");
        Assert.Equal("identify", result.FeedbackKey);
    }

    [Theory]
    [InlineData("en", "Everyone looks at you like that, and now I did too.")]
    [InlineData("nb", "Du føler deg dømt fra alle kanter, og nå av meg også.")]
    public void Run_ReflectionEchoingTheClientsOwnStrongWord_IsNoOvershoot(string language, string reply)
    {
        var drill = DrillData.Find(DrillData.FixtureSet, "sara", language, "judged");

        var result = DrillData.Runner.Run(drill, Seed, reply);

        Assert.StartsWith("reflection-affect", result.FeedbackKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameSeedAndReply_SameResult()
    {
        var drill = DrillData.Find(DrillData.FixtureSet, "sara", "nb", "judged");

        var first = DrillData.Runner.Run(drill, 3, drill.Reflection);
        var second = DrillData.Runner.Run(drill, 3, drill.Reflection);

        Assert.Equal(first.Tally, second.Tally);
        Assert.Equal((first.Delta, first.PressureBefore, first.Reply, first.Feedback), (second.Delta, second.PressureBefore, second.Reply, second.Feedback));
    }

    [Fact]
    public void Prepare_Drill_ClientHasJustSaidTheDrillLineAndItsSourceIsRaised()
    {
        var drill = DrillData.Find(DrillData.FixtureSet, "sara", "en", "my-choice");

        var state = DrillData.Runner.Prepare(drill, Seed);

        Assert.Equal(drill.Client, state.LastClientLine);
        Assert.Equal(MiClientBot.Core.Replies.Talk.Autonomy, state.LastTalk);
        Assert.True(state.Resistance.Autonomy >= DrillRunner.SourceFloor);
        Assert.Equal(1, state.Turn);
    }

    [Theory]
    [InlineData("en", "smoke-break")]
    [InlineData("nb", "my-choice")]
    [InlineData("da", "judged")]
    public void Evaluate_ThirdReplyAfterResistance_WeighsMoreThanTheSameReplyAfterANeutralLine(string language, string id)
    {
        var drill = DrillData.Find(DrillData.FixtureSet, "sara", language, id);
        var before = DrillData.Runner.Prepare(drill, Seed);

        var third = DrillData.Runner.Evaluate(drill, before, drill.Argument);
        var elsewhere = DrillData.Runner.Evaluate(drill, before with { LastTalk = MiClientBot.Core.Replies.Talk.Neutral }, drill.Argument);

        Assert.True(third.PressureChange > elsewhere.PressureChange, $"third reply {third.PressureChange:0.0}, elsewhere {elsewhere.PressureChange:0.0}");
    }

    [Fact]
    public void Run_EmptyReply_IsNeitherAndDoesNotThrow()
    {
        var drill = DrillData.Find(DrillData.FixtureSet, "sara", "da", "co-test");

        var result = DrillData.Runner.Run(drill, Seed, "   ");

        Assert.Equal(DrillVerdict.Other, result.Verdict);
    }

    private static string Verdict(Drill drill, DrillVerdict verdict) => DrillFeedback.Line(drill.Language, verdict, "other").Split(' ')[0];
}
