using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Sessions;

/// <summary>The client remembers what it committed to, and its dynamics reward listening rather than tricks.</summary>
public class SessionMemoryTests
{
    private static readonly ClientEngine Engine = new(Catalogs.Scenarios, new ScriptedCoder());

    public static TheoryData<string, string> PersonaLanguages() => Catalogs.PersonaLanguages();

    private static Language Lang(string code) => LanguageCodes.TryParse(code, out var l) ? l : throw new ArgumentException(code);

    private static (SessionState State, List<TurnResult> Turns) Committed(string persona, Language language)
    {
        var turns = Scripts.Play(Engine, persona, language, Scripts.GoodMi.Concat(Scripts.GoodMi));
        var at = turns.FindIndex(t => t.State.State == ClientState.Committed);
        Assert.True(at >= 0, $"{persona}/{language.ToCode()} never committed");
        return (turns[at].State, turns);
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_AfterCommitment_RemembersItAndAnswersWhenWithTheWhen(string persona, string lang)
    {
        var (state, _) = Committed(persona, Lang(lang));
        var when = Catalogs.Scenarios.All.Single(p => p.Id == persona).Text(Lang(lang)).Answers["plan.when"];
        var asked = Lang(lang) switch { Language.Nb => "Når?", Language.Da => "Hvornår?", _ => "When?" };

        var turn = Engine.Respond(state, "question-open: " + asked);

        Assert.NotNull(turn.State.Commitment);
        Assert.Equal(ClientState.Committed, turn.State.State);
        Assert.Contains(turn.Reply, when.Open);
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_AfterCommitment_NeverWaversBackToMaybe(string persona, string lang)
    {
        var (_, turns) = Committed(persona, Lang(lang));

        var after = turns.SkipWhile(t => t.State.State != ClientState.Committed).TakeWhile(t => t.State.State == ClientState.Committed);

        Assert.DoesNotContain(after, t => t.Kind == ReplyKind.ChangeActivation);
    }

    [Fact]
    public void Apply_SameReflectionTwice_TheSecondEarnsLess()
    {
        var engine = new ClientEngine(Catalogs.Scenarios, TraineeMoveCoderFor.Reflections);
        var state = engine.Start("gary", Language.En, 1).State;
        var first = engine.Respond(state, "It sounds like the pub is where you switch off after work.");
        var other = engine.Respond(first.State, "You've worked hard for that firm.");

        var again = engine.Respond(other.State, "It sounds like the pub is where you switch off after work.");

        Assert.Equal(0, first.Repeats);
        Assert.True(again.Repeats > 0);
        Assert.True(Sum(again.Delta) > Sum(first.Delta), $"first {Sum(first.Delta)}, again {Sum(again.Delta)}");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(10, true)]
    public void Respond_ReadyToCommit_CommitsOnlyWhenTheClientHasVoicedChangeTalkItself(int voiced, bool commits)
    {
        var planning = Scripts.Play(Engine, "gary", Language.En, Scripts.GoodMi).First(t => t.State.State == ClientState.Planning).State;
        var ready = planning with
        {
            ChangeTalk = 95, Resistance = new(15, 5, 0), TurnsInState = 6, TurnsSincePush = 20, ChangeVoiced = voiced,
        };

        var turn = Engine.Respond(ready, "reflection-complex: You have decided this is your time.");

        Assert.Equal(commits, turn.State.State == ClientState.Committed);
    }

    private static double Sum(Core.Resistance.ResistanceLevels d) => d.Sustain + d.Autonomy + d.Discord;
}
