using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Drills;

public class DrillFlowTests
{
    private static readonly ConversationFlow Flow = new(new ClientEngine(Catalogs.Scenarios, TraineeMoveCoder.CreateDefault()), DrillData.Fixture);

    [Theory]
    [InlineData("en")]
    [InlineData("nb")]
    [InlineData("da")]
    public void Drill_ReflectionThenArgument_AnswersWithCodeBalloonReplyAndFeedbackThenTheNextDrill(string code)
    {
        LanguageCodes.TryParse(code, out var language);
        var set = DrillData.Fixture.For("sara", language);
        var started = Flow.Start(new ConversationState(), "sara", language).State;

        var (drilling, shown) = Flow.Handle(started, "/drill");
        var (afterReflection, first) = Flow.Handle(drilling, set[0].Reflection);
        var (_, second) = Flow.Handle(afterReflection, set[1].Argument);

        Assert.Contains(shown, o => o is ClientSaid c && c.Text == set[0].Client);
        Assert.Contains(shown, o => o is ToolSaid t && t.Text.Contains(set[0].Helper, StringComparison.Ordinal));
        var before = Assert.Single(shown.OfType<MiStateSnapshot>());
        Assert.True(first.OfType<MiStateSnapshot>().First().Pressure < before.Pressure);
        Assert.Contains(first, o => o is ToolSaid t && t.Text.StartsWith(Verdict(language, DrillVerdict.Rolled), StringComparison.Ordinal));
        Assert.Contains(first, o => o is ClientSaid c && c.Text == set[1].Client);
        Assert.Contains(second, o => o is ToolSaid t && t.Text.StartsWith(Verdict(language, DrillVerdict.Argued), StringComparison.Ordinal));
        Assert.Contains(second, o => o is ClientSaid c && c.Text == set[2].Client);
    }

    [Fact]
    public void Drill_WholeSet_EndsWithSummaryAndReturnsToTheRolePlay()
    {
        var started = Flow.Start(new ConversationState(), "sara", Language.En).State;
        var set = DrillData.Fixture.For("sara", Language.En);
        var state = Flow.Handle(started, "/drill").State;
        IReadOnlyList<ConversationOutput> last = [];

        foreach (var drill in set)
        {
            (state, last) = Flow.Handle(state, drill.Reflection);
        }

        Assert.Null(state.Drill);
        Assert.Contains(last, o => o is ToolSaid t && t.Text.StartsWith($"Drills done: {set.Count}. Rolled with it {set.Count}, argued 0", StringComparison.Ordinal));
        Assert.Contains(last, o => o is ToolSaid t && t.Text.Contains("Eased the balloon most", StringComparison.Ordinal));
        Assert.Equal(started.Session!.Resistance.Rounded(), last.OfType<MiStateSnapshot>().Last().Resistance);
        Assert.Empty(state.Inputs);
        Assert.Equal(SessionSerializer.Serialize(started.Session!), SessionSerializer.Serialize(state.Session!));

        var (talking, _) = Flow.Handle(state, "What brings you here today?");
        Assert.Single(talking.Inputs);
    }

    [Fact]
    public void DrillStop_Midway_ShowsTheSummaryOfWhatWasDone()
    {
        var started = Flow.Start(new ConversationState(), "sara", Language.Nb).State;
        var set = DrillData.Fixture.For("sara", Language.Nb);
        var state = Flow.Handle(Flow.Handle(started, "/drill").State, set[0].Argument).State;

        var (stopped, outputs) = Flow.Handle(state, "/drill stop");

        Assert.Null(stopped.Drill);
        Assert.Contains(outputs, o => o is ToolSaid t && t.Text.StartsWith("Driller gjort: 1. Rullet med 0, argumenterte 1", StringComparison.Ordinal));
        Assert.Contains(outputs, o => o is ToolSaid t && t.Text == "Tilbake til samtalen med Sara.");
    }

    [Theory]
    [InlineData("/drill stop", "No drill set is running.")]
    [InlineData("/drill", "There are no drills for Lasse in this language yet.")]
    public void Drill_NothingToDo_SaysSo(string command, string expected)
    {
        var started = Flow.Start(new ConversationState(), "lasse", Language.En).State;

        var (state, outputs) = Flow.Handle(started, command);

        Assert.Equal(expected, Assert.IsType<ToolSaid>(Assert.Single(outputs)).Text);
        Assert.Null(state.Drill);
    }

    [Fact]
    public void Drill_BeforeAClientIsChosen_AsksToChooseOne()
    {
        var (_, outputs) = Flow.Handle(new ConversationState(), "/drill");

        Assert.Contains(outputs, o => o is ToolSaid t && t.Text == "Choose a client first.");
    }

    [Fact]
    public void Drill_StateStoredAndReadBack_ContinuesTheSameSet()
    {
        var started = Flow.Start(new ConversationState(), "sara", Language.Da).State;
        var set = DrillData.Fixture.For("sara", Language.Da);
        var state = Flow.Handle(Flow.Handle(started, "/drill").State, set[0].Reflection).State;

        var stored = ConversationStateSerializer.Deserialize(ConversationStateSerializer.Serialize(state))!;
        var (_, outputs) = Flow.Handle(stored, set[1].Reflection);

        Assert.Equal(state.Drill!.Index, stored.Drill!.Index);
        Assert.Equal(state.Drill.Done, stored.Drill.Done);
        Assert.Contains(outputs, o => o is ClientSaid c && c.Text == set[2].Client);
    }

    [Fact]
    public void Restart_DuringADrill_EndsTheSet()
    {
        var started = Flow.Start(new ConversationState(), "sara", Language.En).State;

        var restarted = Flow.Handle(Flow.Handle(started, "/drill").State, "/restart").State;

        Assert.Null(restarted.Drill);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nb")]
    [InlineData("da")]
    public void Help_EveryLanguage_ListsDrill(string code)
    {
        LanguageCodes.TryParse(code, out var language);

        var (_, outputs) = Flow.Handle(new ConversationState { Language = language }, "/help");

        Assert.Contains("/drill", Assert.IsType<ToolSaid>(Assert.Single(outputs)).Text, StringComparison.Ordinal);
    }

    private static string Verdict(Language language, DrillVerdict verdict) => DrillFeedback.Line(language, verdict, "other").Split(':')[0];
}
