using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Conversations;

public class ConversationFlowTests
{
    private static readonly ConversationFlow Flow = new(new ClientEngine(Catalogs.Scenarios, new ScriptedCoder()));

    private static ConversationState Play(ConversationState state, params string[] lines)
    {
        foreach (var line in lines)
        {
            state = Flow.Handle(state, line).State;
        }

        return state;
    }

    [Fact]
    public void Undo_AfterAMove_RestoresBalloonStateAndRepliesExactly()
    {
        var started = Flow.Start(new ConversationState(), "lasse", Language.Nb).State;
        var before = Play(started, "question-open: hva bringer deg hit", "reflection-complex: du er lei", "affirm: du har stått i mye");

        var (tried, _) = Flow.Handle(before, "confront: du lyver for deg selv");
        var (undone, outputs) = Flow.Handle(tried, "/undo");

        Assert.NotEqual(SessionSerializer.Serialize(before.Session!), SessionSerializer.Serialize(tried.Session!));
        Assert.Equal(SessionSerializer.Serialize(before.Session!), SessionSerializer.Serialize(undone.Session!));
        Assert.Equal(before.Inputs, undone.Inputs);
        Assert.Contains(outputs, o => o is ToolSaid t && t.Text.Contains(before.Session!.LastClientLine, StringComparison.Ordinal));
        var snapshot = Assert.Single(outputs.OfType<MiStateSnapshot>());
        Assert.Equal(before.Session!.Turn, snapshot.Turn);

        // Another reply after undo continues as if the undone move had never been made.
        var retried = Flow.Handle(undone, "reflection-simple: du vil bestemme selv").State;
        var direct = Flow.Handle(before, "reflection-simple: du vil bestemme selv").State;
        Assert.Equal(SessionSerializer.Serialize(direct.Session!), SessionSerializer.Serialize(retried.Session!));
    }

    [Fact]
    public void Undo_WithNothingToTakeBack_SaysSoAndKeepsTheSession()
    {
        var started = Flow.Start(new ConversationState(), "gary", Language.En).State;

        var (after, outputs) = Flow.Handle(started, "/undo");

        Assert.Equal(started, after);
        Assert.Contains(outputs, o => o is ToolSaid t && t.Text.Contains("nothing to undo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Handle_PushInCoachMode_GivesAHintInTheSessionLanguage_AndNotInExamMode()
    {
        var coached = Flow.Start(new ConversationState { Coach = true }, "sara", Language.Da).State;
        var exam = Flow.Handle(coached, "/coach off").State;

        var hint = Flow.Handle(coached, "persuade: du skal stoppe nu").Outputs.OfType<CoachHint>().SingleOrDefault();
        var none = Flow.Handle(exam, "persuade: du skal stoppe nu").Outputs.OfType<CoachHint>();

        Assert.NotNull(hint);
        Assert.Contains("Ballonen", hint.Text, StringComparison.Ordinal);
        Assert.Contains("overtalelse", hint.Text, StringComparison.Ordinal);
        Assert.Contains("Prøv i stedet", hint.Text, StringComparison.Ordinal);
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("lasse", Language.Nb, "du må slutte å drikke, du bør legge deg inn nå", "overtalelse")]
    [InlineData("sara", Language.Da, "du skal stoppe nu, du bør tænke på barnet", "overtalelse")]
    [InlineData("lasse", Language.Nb, "det er feil, du har et problem og det vet du", "konfrontasjon")]
    public void Handle_PushInNorwegianOrDanish_HintNamesTheMoveWithoutEnglishCodeNames(string persona, Language language, string push, string expected)
    {
        // The real coder, so the hint carries the cue it read as well as the code.
        var flow = new ConversationFlow(new ClientEngine(Catalogs.Scenarios, MiClientBot.Coding.TraineeMoveCoder.CreateDefault()));
        var coached = flow.Start(new ConversationState { Coach = true }, persona, language).State;

        var hint = flow.Handle(coached, push).Outputs.OfType<CoachHint>().Single();

        Assert.Contains(expected, hint.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(persuade|confront|affirm|question-open|question-closed|reflection-simple|reflection-complex|seeking-collaboration|emphasizing-autonomy|giving-information|other)\b", hint.Text);
    }

    [Fact]
    public void Handle_QuestionRightAfterResistance_GetsAHint_ReflectionDoesNot()
    {
        var state = Flow.Start(new ConversationState(), "gary", Language.En).State;
        state = Play(state, "persuade: you should cut down");
        Assert.True(state.Session!.LastTalk is Core.Replies.Talk.Autonomy or Core.Replies.Talk.Sustain or Core.Replies.Talk.Discord or Core.Replies.Talk.Affect);

        Assert.Contains(Flow.Handle(state, "question-closed: do you drink every day").Outputs, o => o is CoachHint h && h.Text.Contains("third reply", StringComparison.Ordinal));
        Assert.DoesNotContain(Flow.Handle(state, "reflection-simple: you don't like being told").Outputs, o => o is CoachHint);
    }

    [Fact]
    public void Hint_AnyTime_NamesTheSituationAndAKindOfMove()
    {
        var state = Flow.Start(new ConversationState(), "ingrid", Language.Nb).State;

        var hint = Assert.IsType<CoachHint>(Assert.Single(Flow.Handle(state, "/hint").Outputs));

        Assert.Contains("Prøv:", hint.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_ThenPersonaName_StartsTheRolePlay()
    {
        var (welcome, outputs) = Flow.Welcome(Language.Da);
        var choice = Assert.IsType<PersonaChoice>(Assert.Single(outputs));
        Assert.Equal(Language.Da, choice.Preselected);
        Assert.True(choice.Options.TakeWhile(o => o.Languages.Contains(Language.Da)).Count() >= 3, "Danish-speaking clients come first");
        Assert.Equal(choice.Options.Count, choice.Options.TakeWhile(o => o.Languages.Contains(Language.Da)).Count() + choice.Options.SkipWhile(o => o.Languages.Contains(Language.Da)).Count(o => !o.Languages.Contains(Language.Da)));

        var (started, said) = Flow.Handle(welcome, "Mads");

        Assert.Equal("mads", started.PersonaId);
        Assert.Equal(Language.Da, started.Language);
        Assert.Contains(said, o => o is ClientSaid c && c.Name == "Mads");
    }

    [Theory]
    [InlineData(Language.En, "38 - admission to detox", "52 - cutting down alcohol after abnormal liver tests")]
    [InlineData(Language.Nb, "38 - innleggelse til avrusning", "52 - å drikke mindre etter dårlige leverprøver")]
    [InlineData(Language.Da, "38 - indlæggelse til afrusning", "52 - at drikke mindre efter dårlige leverprøver")]
    public void Welcome_InEachLanguage_ListsEveryClientsTopicInThatLanguage(Language language, string lasse, string gary)
    {
        var choice = Assert.IsType<PersonaChoice>(Assert.Single(Flow.Welcome(language).Outputs));

        Assert.Equal(lasse, choice.Options.Single(o => o.Id == "lasse").Summary);
        Assert.Equal(gary, choice.Options.Single(o => o.Id == "gary").Summary);
    }

    [Theory]
    [InlineData("/start lasse en", "lasse", Language.En)]
    [InlineData("/start ingrid da", "ingrid", Language.Da)]
    [InlineData("/start sara", "sara", Language.En)]
    public void Start_Command_BeginsDirectly(string command, string persona, Language language)
    {
        var (state, outputs) = Flow.Handle(Flow.Welcome(Language.En).State, command);

        Assert.Equal(persona, state.PersonaId);
        Assert.Equal(language, state.Language);
        Assert.Contains(outputs, o => o is MiStateSnapshot { Turn: 0 });
    }

    [Theory]
    [InlineData("/start nobody", "There is no client 'nobody'")]
    [InlineData("/start lasse da", "Lasse does not speak that language. Available: nb, en.")]
    [InlineData("/start lasse xx", "Unknown language 'xx'")]
    [InlineData("/frobnicate", "Choose a client first.")]
    [InlineData("/lang", "/lang en")]
    public void Handle_BadCommands_SayWhatIsWrongAndKeepTheState(string command, string expected)
    {
        var welcome = Flow.Welcome(Language.En).State;

        var (after, outputs) = Flow.Handle(welcome, command);

        Assert.Equal(welcome, after);
        Assert.Contains(outputs, o => o is ToolSaid t && t.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Handle_RightingReflexUntilWalkout_EndsWithTheReport()
    {
        var state = Flow.Start(new ConversationState(), "gary", Language.En).State;
        IReadOnlyList<ConversationOutput> outputs = [];
        foreach (var code in Scripts.RightingReflex)
        {
            (state, outputs) = Flow.Handle(state, $"{code}: {state.Inputs.Count}");
            if (state.Session!.State == ClientState.WalkedOut)
            {
                break;
            }
        }

        Assert.Contains(outputs, o => o is ReportReady);
        Assert.Contains(Flow.Handle(state, "reflection-simple: sorry").Outputs, o => o is ToolSaid t && t.Text.Contains("has left", StringComparison.Ordinal));
    }
}
