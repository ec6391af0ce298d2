using MiClientBot.Coding;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Sessions;

/// <summary>
/// Role-plays as trainers write them (tests/roleplays/PERSONA-KIND.LANG.txt, one trainee line each),
/// read by the real coder: skilled MI reaches planning, a parrot never wins, polite intake does not
/// drive the client out, and confrontation still does.
/// </summary>
public class RoleplayTests
{
    private static readonly ClientEngine Engine = new(Catalogs.Scenarios, TraineeMoveCoder.CreateDefault());

    private static readonly long[] Seeds = [1, 2, 3];

    public static TheoryData<string> Skilled() => Files("skilled");

    public static TheoryData<string> Parrots() => Files("parrot");

    public static TheoryData<string> Intakes() => Files("intake");

    public static TheoryData<string> Confrontations() => Files("confront");

    [Theory]
    [MemberData(nameof(Skilled))]
    public void Play_SkilledMi_ReachesPlanningWithinTwentyTurnsInTwoOfThreeSeeds(string file)
    {
        var reached = Seeds.Count(seed => Play(file, seed, 20).Any(t => t.State.State is ClientState.Planning or ClientState.Committed));

        Assert.True(reached >= 2, $"{file}: planning in {reached} of {Seeds.Length} seeds");
    }

    [Theory]
    [MemberData(nameof(Parrots))]
    public void Play_ParrotFor44Turns_NeverCommitsAndIsNotRatedEmpathic(string file)
    {
        foreach (var seed in Seeds)
        {
            var (persona, language) = Who(file);
            var opening = Engine.Start(persona, language, seed).State;
            var turns = Play(file, seed, 44);

            var report = ReportBuilder.Build(Catalogs.Scenarios.All.Single(p => p.Id == persona), language, opening, turns);

            Assert.DoesNotContain(turns, t => t.State.State == ClientState.Committed);
            Assert.True(report.Globals[3].Score <= 3, $"{file} seed {seed}: empathy {report.Globals[3].Score}");
            Assert.True(report.Scores[4].Value <= 3, $"{file} seed {seed}: technical {report.Scores[4].Value}");
        }
    }

    [Theory]
    [MemberData(nameof(Intakes))]
    public void Play_FifteenPoliteIntakeQuestions_DoesNotEndInAWalkout(string file)
    {
        foreach (var seed in Seeds)
        {
            Assert.DoesNotContain(Play(file, seed, 15), t => t.State.State is ClientState.WalkedOut or ClientState.Discord);
        }
    }

    [Theory]
    [MemberData(nameof(Confrontations))]
    public void Play_Confrontation_EndsInAWalkout(string file)
    {
        foreach (var seed in Seeds)
        {
            Assert.Equal(ClientState.WalkedOut, Play(file, seed, 12)[^1].State.State);
        }
    }

    private static List<TurnResult> Play(string file, long seed, int turns)
    {
        var (persona, language) = Who(file);
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "tests", "roleplays", file)).Where(l => l.Trim().Length > 0).ToList();
        var state = Engine.Start(persona, language, seed).State;
        var played = new List<TurnResult>();
        for (var i = 0; i < turns; i++)
        {
            var turn = Engine.Respond(state, lines[i % lines.Count]);
            played.Add(turn);
            state = turn.State;
            if (turn.Ended)
            {
                break;
            }
        }

        return played;
    }

    private static (string Persona, Language Language) Who(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var persona = name[..name.IndexOf('-', StringComparison.Ordinal)];
        return (persona, LanguageCodes.TryParse(Path.GetExtension(name).TrimStart('.'), out var language) ? language : throw new ArgumentException(file));
    }

    private static TheoryData<string> Files(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "tests", "roleplays"), $"*-{kind}.*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
