using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Personas;

public class PersonaCatalogTests
{
    [Fact]
    public void Validate_ShippedScenarios_HaveNoProblems()
    {
        var (personas, issues) = PersonaCatalog.Validate(Repo.Scenarios);

        Assert.Empty(issues);
        Assert.True(personas.Count >= 5);
    }

    [Fact]
    public void Load_ShippedScenarios_EveryLanguageHasThreePersonasAndEveryPersonaSpeaksEnglishAndMore()
    {
        var all = Catalogs.Scenarios.All;

        foreach (var language in LanguageCodes.All)
        {
            Assert.True(all.Count(p => p.Speaks(language)) >= 3, $"fewer than 3 personas speak {language.ToCode()}");
        }

        Assert.All(all, p => Assert.True(p.Speaks(Language.En) && p.Languages.Count >= 2, $"{p.Id} must speak English and one more language"));
        Assert.Contains(all, p => p.Id == "lasse" && p.Languages[0] == Language.Nb && p.SystemConflict is not null);
        Assert.Contains(all, p => p.Target.Size == ChangeSize.Small);
    }

    [Fact]
    public void Load_ShippedScenarios_EveryKindHasEnoughDistinctLines()
    {
        foreach (var persona in Catalogs.Scenarios.All)
        {
            foreach (var language in persona.Languages)
            {
                var text = persona.Text(language);
                foreach (var kind in ReplyKinds.All.Where(k => k != ReplyKind.System || persona.SystemConflict is not null))
                {
                    Assert.True(text.Lines(kind).Count >= kind.MinimumLines(), $"{persona.Id}/{language.ToCode()}/{kind.ToPath()}");
                }
            }
        }
    }

    [Fact]
    public void Validate_BrokenFile_ReportsFileLineAndProblemForEachError()
    {
        var dir = TempScenarios.With("lasse", File.ReadAllText(Path.Combine(Repo.Scenarios, "lasse.yaml"))
            .Replace("age: 38", "age: old", StringComparison.Ordinal)
            .Replace("  autonomy: 1.3", "  autonomy: 7", StringComparison.Ordinal));
        var duplicate = File.ReadAllLines(Path.Combine(dir, "lasse.yaml")).ToList();
        var greetingLine = duplicate.FindIndex(l => l.TrimStart().StartsWith("greeting:", StringComparison.Ordinal));
        var firstGreeting = duplicate[greetingLine + 1];
        duplicate.Insert(greetingLine + 2, firstGreeting);
        File.WriteAllLines(Path.Combine(dir, "lasse.yaml"), duplicate);

        var (_, issues) = PersonaCatalog.Validate(dir);

        Assert.Contains(issues, i => i.File == "lasse.yaml" && i.Problem.Contains("'age'", StringComparison.Ordinal) && i.Line > 1);
        Assert.Contains(issues, i => i.Problem.Contains("sensitivities.autonomy", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Problem.StartsWith("duplicate line", StringComparison.Ordinal) && i.Line == greetingLine + 3);
        Assert.Matches(@"^lasse\.yaml:\d+: ", issues[0].ToString());
    }

    [Fact]
    public void Validate_MissingKindAndSyntaxError_AreReportedNotThrown()
    {
        var lasse = File.ReadAllText(Path.Combine(Repo.Scenarios, "lasse.yaml"));
        var withoutWalkout = string.Join('\n', lasse.Split('\n').Select(l => l.Replace("    walkout:", "    walk_out:", StringComparison.Ordinal)));
        var dir = TempScenarios.With("lasse", withoutWalkout);
        File.WriteAllText(Path.Combine(dir, "bad.yaml"), "id: bad\nname: [unclosed\n");

        var (personas, issues) = PersonaCatalog.Validate(dir);

        Assert.Empty(personas);
        Assert.Contains(issues, i => i.Problem.Contains("missing 'text.nb.walkout'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Problem.Contains("unknown key 'text.nb.walk_out'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.File == "bad.yaml" && i.Problem.StartsWith("YAML syntax", StringComparison.Ordinal));
        var e = Assert.Throws<PersonaValidationException>(() => PersonaCatalog.Load(dir));
        Assert.Contains("bad.yaml:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TopicMappingWithoutDanish_NamesTheMissingLanguageAndItsLine()
    {
        var lasse = File.ReadAllText(Path.Combine(Repo.Scenarios, "lasse.yaml"));
        var withoutDanish = string.Join('\n', lasse.Split('\n').Where(l => !l.StartsWith("  da: indlæggelse", StringComparison.Ordinal)));
        var dir = TempScenarios.With("lasse", withoutDanish);

        var (personas, issues) = PersonaCatalog.Validate(dir);

        Assert.Empty(personas);
        var issue = Assert.Single(issues);
        Assert.Contains("missing 'topic.da'", issue.Problem, StringComparison.Ordinal);
        Assert.Equal(6, issue.Line);
    }

    [Fact]
    public void Load_TopicAsOneText_IsShownInEveryLanguage()
    {
        var lasse = File.ReadAllText(Path.Combine(Repo.Scenarios, "lasse.yaml"));
        var lines = lasse.Split('\n').ToList();
        var at = lines.FindIndex(l => l == "topic:");
        lines.RemoveRange(at, 4);
        lines.Insert(at, "topic: detox");
        var persona = Assert.Single(PersonaCatalog.Load(TempScenarios.With("lasse", string.Join('\n', lines))).All);

        Assert.All(LanguageCodes.All, l => Assert.Equal("detox", persona.TopicIn(l)));
    }
}
