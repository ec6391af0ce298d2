using MiClientBot.Coding;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Sessions;

/// <summary>
/// Whole conversations in each language through the real coder: each line's expected code is data
/// (reflections may be simple or complex), and the client must end where such a conversation leads.
/// </summary>
public class ScriptedConversationTests
{
    private static readonly ClientEngine Engine = new(Catalogs.Scenarios, TraineeMoveCoder.CreateDefault());

    public static TheoryData<string, string, string> Good() => new()
    {
        { "ingrid-good.en.tsv", "ingrid", "en" },
        { "ingrid-good.nb.tsv", "ingrid", "nb" },
        { "ingrid-good.da.tsv", "ingrid", "da" },
    };

    public static TheoryData<string, string, string> Righting() => new()
    {
        { "gary-righting.en.tsv", "gary", "en" },
        { "lasse-righting.nb.tsv", "lasse", "nb" },
        { "gary-righting.da.tsv", "gary", "da" },
    };

    private static List<(MitiCode Expected, string Line)> Read(string file) =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Sessions", "Scripts", file)).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (MitiCodes.TryParse(f[0], out var c) ? c : throw new InvalidDataException(f[0]), f[1]))];

    private static (List<TurnResult> Turns, SessionState Start) Play(string file, string persona, string lang)
    {
        LanguageCodes.TryParse(lang, out var language);
        var start = Engine.Start(persona, language, 5).State;
        var state = start;
        var turns = new List<TurnResult>();
        foreach (var (_, line) in Read(file))
        {
            var result = Engine.Respond(state, line);
            turns.Add(result);
            state = result.State;
            if (result.Ended)
            {
                break;
            }
        }

        return (turns, start);
    }

    private static bool Matches(MitiCode expected, MitiCode actual) =>
        expected == actual || (expected.IsReflection() && actual.IsReflection());

    [Theory]
    [MemberData(nameof(Good))]
    public void GoodMi_CodedRightAndTheClientMovesTowardChange(string file, string persona, string lang)
    {
        var script = Read(file);
        var (turns, start) = Play(file, persona, lang);

        var wrong = script.Zip(turns).Where(p => !Matches(p.First.Expected, p.Second.Coding.Main))
            .Select(p => $"{p.First.Line} -> {p.Second.Coding.Main.ToName()} (expected {p.First.Expected.ToName()})").ToList();
        Assert.True(wrong.Count <= 1, string.Join("\n", wrong));
        Assert.Contains(turns, t => t.State.State is ClientState.Planning or ClientState.Committed);
        Assert.DoesNotContain(turns, t => t.State.State is ClientState.Discord or ClientState.AutonomyDefence or ClientState.WalkedOut);
        Assert.True(turns[^1].State.Resistance.Pressure < start.Resistance.Pressure / 2);
    }

    [Theory]
    [MemberData(nameof(Righting))]
    public void RightingReflex_CodedAsPushingAndTheClientWalksOut(string file, string persona, string lang)
    {
        var script = Read(file);
        var (turns, start) = Play(file, persona, lang);

        foreach (var ((expected, line), turn) in script.Zip(turns))
        {
            var pushing = turn.Coding.Main.IsMiNonAdherent() || (expected == MitiCode.GivingInformation && turn.Coding.Main == MitiCode.GivingInformation);
            Assert.True(pushing, $"{line} -> {turn.Coding.Main.ToName()}");
        }

        Assert.True(turns.Max(t => t.State.Resistance.Autonomy) > start.Resistance.Autonomy + 20);
        Assert.True(turns.Max(t => t.State.Resistance.Discord) > start.Resistance.Discord + 30);
        Assert.Equal(ClientState.WalkedOut, turns[^1].State.State);
    }
}
