using MiClientBot.Coding;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Drills;

public class DrillCatalogTests
{
    private const string GoodDrill = """
            - id: one
              source: autonomy
              affect: strong
              scene: A scene.
              helper: "You should stop."
              client: "Nobody tells me what to do!"
              reflection: "You want to decide this yourself."
              argument: "But you have to stop."
              undershoot: "You're a bit annoyed."
              overshoot: "Nobody can ever tell you anything."
        """;

    [Fact]
    public void Validate_ShippedDrillFiles_HaveNoProblems()
    {
        var (_, issues) = DrillCatalog.Validate(Path.Combine(Repo.Scenarios, DrillCatalog.FolderName), Catalogs.Scenarios.All);

        Assert.Empty(issues);
    }

    [Fact]
    public void Validate_Fixture_ReadsEveryDrillAndReportsOnlyThatTheSetIsSmall()
    {
        var (drills, issues) = DrillCatalog.Validate(DrillData.FixtureFolder, Catalogs.Scenarios.All);

        Assert.Equal(12, drills.Count);
        Assert.All(LanguageCodes.All, l => Assert.Equal(4, drills.Count(d => d.Language == l)));
        Assert.All(issues, i => Assert.Matches("has [0-9]+ drills", i.Problem));
        Assert.Contains(issues, i => i.Problem.Contains("at least 10", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Problem.Contains("affect: strong; at least 3", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Problem.Contains("source: system; at least 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lasse", "persona: nobody\ndrills:\n  en:\n" + GoodDrill, "unknown persona 'nobody'")]
    [InlineData("lasse", "persona: lasse\ndrills:\n  da:\n" + GoodDrill, "does not declare language 'da'")]
    [InlineData("lasse", "persona: lasse\ndrills:\n  xx:\n" + GoodDrill, "unknown language 'xx'")]
    [InlineData("gary", "persona: lasse\ndrills:\n  en:\n" + GoodDrill, "the file is named 'gary'")]
    [InlineData("lasse", "persona: lasse\ndrills:\n  en:\n" + GoodDrill, "no drills for 'nb'")]
    [InlineData("lasse", "persona: lasse\ndrills:\n  en:\n" + GoodDrill + "\n" + GoodDrill, "duplicate drill id 'one'")]
    [InlineData("lasse", "persona: lasse\ndrills:\n  en:\n" + GoodDrill + "\n      extra: x", "unknown key 'drills.en.one.extra'")]
    [InlineData("lasse", "persona: lasse\nlabels: x\ndrills:\n  en:\n" + GoodDrill, "unknown key 'labels'")]
    [InlineData("lasse", "persona: lasse\ndrills: [oops", "YAML syntax")]
    [InlineData("lasse", "- just a list", "one YAML mapping")]
    public void Validate_BadFile_NamesFileLineAndProblem(string file, string yaml, string problem)
    {
        var dir = Folder(file, yaml);

        var (_, issues) = DrillCatalog.Validate(dir, Catalogs.Scenarios.All);

        var issue = Assert.Single(issues, i => i.Problem.Contains(problem, StringComparison.Ordinal));
        Assert.Equal($"drills/{file}.yaml", issue.File);
        Assert.True(issue.Line > 0, issue.ToString());
    }

    [Theory]
    [InlineData("source: autonomy", "source: pressure", "'drills.en.one.source' is 'pressure'; expected one of: sustain, autonomy, discord, system", 5)]
    [InlineData("affect: strong", "affect: loud", "'drills.en.one.affect' is 'loud'; expected one of: none, strong", 6)]
    [InlineData("      helper: \"You should stop.\"\n", "", "missing 'drills.en.one.helper'", 4)]
    [InlineData("      undershoot: \"You're a bit annoyed.\"\n", "", "missing 'drills.en.one.undershoot (needed with affect: strong)'", 4)]
    [InlineData("id: one", "id: One Two", "the id must be lower-case letters, digits or '-'", 4)]
    public void Validate_BadDrill_PointsAtItsLineAndLeavesItOut(string from, string to, string problem, int line)
    {
        var dir = Folder("lasse", "persona: lasse\ndrills:\n  en:\n" + GoodDrill.Replace(from, to, StringComparison.Ordinal));

        var (drills, issues) = DrillCatalog.Validate(dir, Catalogs.Scenarios.All);

        var issue = Assert.Single(issues, i => i.Problem.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(line, issue.Line);
        Assert.Empty(drills);
    }

    [Fact]
    public void Load_MissingFolder_IsEmptyWithoutProblems()
    {
        var catalog = DrillCatalog.Load(Path.Combine(Path.GetTempPath(), "no-drills-" + Guid.NewGuid().ToString("N")), Catalogs.Scenarios.All);

        Assert.Empty(catalog.Issues);
        Assert.Empty(catalog.For("lasse", Language.Nb));
    }

    [Fact]
    public void Load_FileWithABadDrill_KeepsTheGoodOnesAndTheProblem()
    {
        var bad = GoodDrill.Replace("id: one", "id: two", StringComparison.Ordinal).Replace("source: autonomy", "source: pressure", StringComparison.Ordinal);
        var catalog = DrillCatalog.Load(Folder("lasse", "persona: lasse\ndrills:\n  en:\n" + GoodDrill + "\n" + bad), Catalogs.Scenarios.All);

        Assert.Equal("one", Assert.Single(catalog.For("lasse", Language.En)).Id);
        Assert.True(catalog.HasIssues("lasse"));
        Assert.False(catalog.HasIssues("sara"));
    }

    private static string Folder(string file, string yaml)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mi-drills-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, file + ".yaml"), yaml);
        return dir;
    }
}
