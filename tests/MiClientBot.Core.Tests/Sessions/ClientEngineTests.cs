using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Sessions;

public class ClientEngineTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly ClientEngine Engine = new(Catalogs.Scenarios, new ScriptedCoder());

    public static TheoryData<string, string> PersonaLanguages() => Catalogs.PersonaLanguages();

    private static Language Lang(string code) => LanguageCodes.TryParse(code, out var l) ? l : throw new ArgumentException(code);

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_GoodMi_LowersBalloonAndReachesChangeTalkThenPlanning(string persona, string lang)
    {
        var start = Engine.Start(persona, Lang(lang), 1).State;
        var turns = Scripts.Play(Engine, persona, Lang(lang), Scripts.GoodMi);

        var firstChange = turns.FindIndex(t => t.Talk == Talk.Change);
        var planning = turns.FindIndex(t => t.State.State == ClientState.Planning);
        var small = Catalogs.Scenarios.All.Single(p => p.Id == persona).Target.Size == ChangeSize.Small;
        Assert.InRange(firstChange, 0, 12);
        Assert.InRange(planning, small ? 4 : 8, small ? 15 : 25);
        Assert.True(turns[10].State.Resistance.Pressure < start.Resistance.Pressure * 0.6);
        Assert.DoesNotContain(turns, t => t.State.State is ClientState.Discord or ClientState.WalkedOut);
        Assert.True(turns.Skip(planning).Count(t => t.Talk == Talk.Change) > turns.Take(planning).Count(t => t.Talk == Talk.Sustain) / 2);
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Respond_RightingReflex_RaisesAutonomyAndDiscordAndEndsInWalkout(string persona, string lang)
    {
        var start = Engine.Start(persona, Lang(lang), 1).State;
        var turns = Scripts.Play(Engine, persona, Lang(lang), Scripts.RightingReflex);

        Assert.Contains(turns, t => t.State.State is ClientState.AutonomyDefence or ClientState.Discord);
        Assert.True(turns.Max(t => t.State.Resistance.Autonomy) > start.Resistance.Autonomy + 20);
        Assert.True(turns.Max(t => t.State.Resistance.Discord) > start.Resistance.Discord + 30);
        Assert.Equal(ClientState.WalkedOut, turns[^1].State.State);
        Assert.Equal(Talk.Walkout, turns[^1].Talk);
        Assert.Contains(turns, t => t.Talk is Talk.Autonomy or Talk.Discord);
        Assert.DoesNotContain(turns, t => t.State.State is ClientState.Planning or ClientState.Committed);
    }

    [Fact]
    public void Respond_SmallChangePersona_IsQuickerThanLasse()
    {
        var ingrid = Scripts.Play(Engine, "ingrid", Language.Nb, Scripts.GoodMi).FindIndex(t => t.State.State == ClientState.Planning);
        var lasse = Scripts.Play(Engine, "lasse", Language.Nb, Scripts.GoodMi).FindIndex(t => t.State.State == ClientState.Planning);

        Assert.True(ingrid < lasse, $"ingrid planned at {ingrid}, lasse at {lasse}");
    }

    [Fact]
    public void Respond_CoercionAfterProgress_IsNeverRewardedWithCommitment()
    {
        var script = Scripts.GoodMi.Take(7).Concat(Enumerable.Repeat("persuade", 3)).Concat(Scripts.GoodMi.Skip(7).Take(3));
        var turns = Scripts.Play(Engine, "ingrid", Language.En, script);

        Assert.DoesNotContain(turns.Skip(7), t => t.State.State is ClientState.Planning or ClientState.Committed && t.State.TurnsSincePush < 3);
        Assert.Contains(turns.Skip(7).Take(3), t => t.Talk is Talk.Autonomy or Talk.Sustain or Talk.Discord);
    }

    [Fact]
    public void Respond_OnlyQuestions_DoNotDeflateTheBalloon()
    {
        var start = Engine.Start("gary", Language.En, 3).State;
        var turns = Scripts.Play(Engine, "gary", Language.En, Enumerable.Repeat("question-open", 8), 3);

        Assert.True(turns[^1].State.Resistance.Pressure >= start.Resistance.Pressure - 2);
        Assert.DoesNotContain(turns, t => t.State.State is ClientState.Planning or ClientState.Committed);
    }

    [Fact]
    public void Respond_DeeperValues_OnlyAfterTrust()
    {
        var turns = Scripts.Play(Engine, "lasse", Language.Nb, Scripts.GoodMi);

        var values = turns.FindIndex(t => t.Kind == ReplyKind.Values);
        Assert.True(values < 0 || turns[values - 1].State.Trust >= 55, "values came before trust was built");
        Assert.DoesNotContain(Scripts.Play(Engine, "lasse", Language.Nb, Scripts.RightingReflex), t => t.Kind == ReplyKind.Values);
    }

    [Theory]
    [MemberData(nameof(PersonaLanguages))]
    public void Start_SameSeedAndInputs_GiveTheSameTranscript(string persona, string lang)
    {
        string Transcript(long seed) => string.Join('\n', Scripts.Play(Engine, persona, Lang(lang), Scripts.GoodMi.Take(10), seed).Select(t => t.Reply));

        Assert.Equal(Transcript(7), Transcript(7));
        Assert.NotEqual(Transcript(7), Transcript(8));
    }

    [Fact]
    public void Respond_ReplyIsInTheSessionLanguageAndNotRepeated()
    {
        var turns = Scripts.Play(Engine, "ingrid", Language.Da, Scripts.GoodMi);
        var danish = Catalogs.Scenarios.All.Single(p => p.Id == "ingrid").Text(Language.Da);

        Assert.All(turns, t => Assert.Contains(t.Reply, danish.Lines(t.Kind)));
        Assert.Equal(turns.Count, turns.Select(t => t.Reply).Distinct().Count());
    }

    [Fact]
    public void Serialize_LongSession_StaysUnder4KbAndRestoresExactly()
    {
        var turns = Scripts.Play(Engine, "lasse", Language.Nb, Scripts.GoodMi.Concat(Scripts.GoodMi));
        var state = turns[^1].State;

        var json = SessionSerializer.Serialize(state);
        var restored = SessionSerializer.Deserialize(json)!;

        var bytes = System.Text.Encoding.UTF8.GetByteCount(json);
        output.WriteLine($"serialized session after {state.Turn} turns: {bytes} bytes");
        Assert.True(bytes <= 4096, $"{bytes} bytes");
        Assert.Equal(json, SessionSerializer.Serialize(restored));
        Assert.Equal(Engine.Respond(state, "question-open: what now").Reply, Engine.Respond(restored, "question-open: what now").Reply);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0007\u001b[31m")]
    [InlineData("😀😀😀")]
    public void Respond_BadInput_AnswersWithoutThrowing(string input)
    {
        var engine = new ClientEngine(Catalogs.Scenarios, MiClientBot.Coding.TraineeMoveCoder.CreateDefault());
        var state = engine.Start("gary", Language.En, 1).State;

        var result = engine.Respond(state, input);

        Assert.False(string.IsNullOrWhiteSpace(result.Reply));
        Assert.Equal(1, result.State.Turn);
    }

    [Fact]
    public void Respond_HugeInput_IsReadWithoutThrowing()
    {
        var engine = new ClientEngine(Catalogs.Scenarios, MiClientBot.Coding.TraineeMoveCoder.CreateDefault());
        var state = engine.Start("gary", Language.En, 1).State;

        var result = engine.Respond(state, new string('x', 100_000));

        Assert.False(string.IsNullOrWhiteSpace(result.Reply));
    }

    [Fact]
    public void Respond_AfterWalkout_SessionStaysOver()
    {
        var turns = Scripts.Play(Engine, "gary", Language.En, Scripts.RightingReflex);
        var after = Engine.Respond(turns[^1].State, "reflection-complex: sorry");

        Assert.True(after.Ended);
        Assert.Equal(string.Empty, after.Reply);
        Assert.Equal(turns[^1].State, after.State);
    }

    [Fact]
    public void Start_UnknownPersonaOrLanguage_Throws()
    {
        Assert.Throws<ArgumentException>(() => Engine.Start("nobody", Language.En, 1));
        Assert.Throws<ArgumentException>(() => Engine.Start("gary", Language.Nb, 1));
    }
}
