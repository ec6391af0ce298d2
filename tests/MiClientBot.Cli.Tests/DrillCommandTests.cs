using System.Text.Json;
using MiClientBot.Coding;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Personas;

namespace MiClientBot.Cli.Tests;

/// <summary>`mi-client drill` as a process, over the shipped personas and the Core tests' small drill fixture (sara).</summary>
public class DrillCommandTests
{
    private static readonly Lazy<string> FixtureScenarios = new(CopyScenariosWithFixture);

    [Fact]
    public async Task Drill_JsonWithReflectionArgumentQuestion_PrintsOneObjectPerDrillAndASummary()
    {
        var replies = "Du vil være den som bestemmer over din egen pause.\nDu må slutte nå, det er farlig for babyen.\nHvorfor er det så viktig for deg?\nDu opplever at testen er der for å ta deg.\n";

        var (exit, output, error) = await Run(replies, "drill", "--persona", "sara", "--lang", "nb", "--seed", "3", "--json");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        foreach (var drill in lines.Take(4))
        {
            foreach (var field in new[] { "statement", "code", "delta", "pressureBefore", "pressureAfter", "reply", "feedback" })
            {
                Assert.True(drill.TryGetProperty(field, out _), $"no '{field}' in {drill}");
            }

            Assert.True(drill.GetProperty("delta").TryGetProperty("sustain", out _) && drill.GetProperty("delta").TryGetProperty("autonomy", out _)
                && drill.GetProperty("delta").TryGetProperty("discord", out _));
        }

        Assert.StartsWith("Du rullet med:", lines[0].GetProperty("feedback").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Du argumenterte:", lines[1].GetProperty("feedback").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Et spørsmål:", lines[2].GetProperty("feedback").GetString(), StringComparison.Ordinal);
        Assert.True(Change(lines[0]) < 0 && Change(lines[1]) > 0);
        var summary = lines[4].GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("drills").GetInt32());
        Assert.Equal(1, summary.GetProperty("argued").GetInt32());
        Assert.Equal(1, summary.GetProperty("questions").GetInt32());
        Assert.Equal("my-choice", summary.GetProperty("mostUp").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Drill_SameSeedAndReplies_SameOutput()
    {
        const string replies = "You feel judged.\nYou should stop.\n";

        var first = await Run(replies, "drill", "--persona", "sara", "--lang", "en", "--seed", "5", "--json");
        var second = await Run(replies, "drill", "--persona", "sara", "--lang", "en", "--seed", "5", "--json");

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Drill_Plain_ShowsSceneHelperClientAndFeedback()
    {
        var (exit, output, error) = await Run("Du vil bestemme selv.\n/stop\n", "drill", "--persona", "sara", "--lang", "da");

        Assert.Equal(0, exit);
        Assert.Contains("Stoppet efter 1 af 4 driller.", error, StringComparison.Ordinal);
        Assert.Contains("Dril 1 af 4 (sag, stærk affekt)", output, StringComparison.Ordinal);
        Assert.Contains("Hjælper: Du burde stoppe helt nu", output, StringComparison.Ordinal);
        Assert.Contains("Sara: Rygepausen er", output, StringComparison.Ordinal);
        Assert.Contains("Du: Du vil bestemme selv.", output, StringComparison.Ordinal);
        Assert.Contains("Ballon ", output, StringComparison.Ordinal);
        Assert.Contains("Driller gennemført: 1.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nobody", "en", 2, "Unknown persona 'nobody'")]
    [InlineData("lasse", "da", 2, "Unknown language 'da' for Lasse")]
    [InlineData("lasse", "nb", 2, "No drills for Lasse in 'nb'")]
    [InlineData("sara", "en", 1, "Input ended after 0 of 4 drills.")]
    public async Task Drill_BadRequestOrEmptyInput_ExitsWithAClearMessage(string persona, string language, int code, string message)
    {
        var (exit, output, error) = await Run(string.Empty, "drill", "--persona", persona, "--lang", language, "--json");

        Assert.Equal(code, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        if (code == 1)
        {
            Assert.Equal(0, JsonDocument.Parse(output.Trim()).RootElement.GetProperty("summary").GetProperty("drills").GetInt32());
        }
    }

    [SkippableFact]
    public async Task Drill_ShippedLasseNb_ReflectionsRollAndArgumentsArgue()
    {
        var file = Path.Combine(Repo.Scenarios, DrillCatalog.FolderName, "lasse.yaml");
        Skip.IfNot(File.Exists(file), "scenarios/drills/lasse.yaml is not there yet");
        var catalog = PersonaCatalog.Load(Repo.Scenarios);
        var drills = DrillCatalog.Beside(catalog).For("lasse", Language.Nb);
        var replies = string.Join('\n', drills.Select((d, i) => i % 2 == 0 ? d.Reflection : d.Argument)) + "\n";

        var (exit, output, error, _) = await CliProcess.RunAsync(Repo.Root, new Dictionary<string, string>(), replies, "drill", "--persona", "lasse", "--lang", "nb", "--json");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(drills.Count + 1, lines.Count);
        for (var i = 0; i < drills.Count; i++)
        {
            Assert.True(i % 2 == 0 ? Change(lines[i]) < 0 : Change(lines[i]) > 0, lines[i].ToString());
        }
    }

    private static double Change(JsonElement drill) =>
        drill.GetProperty("pressureAfter").GetDouble() - drill.GetProperty("pressureBefore").GetDouble();

    private static async Task<(int Exit, string Output, string Error)> Run(string input, params string[] args)
    {
        var environment = new Dictionary<string, string> { ["Personas__Directory"] = FixtureScenarios.Value };
        var (exit, output, error, _) = await CliProcess.RunAsync(Repo.Root, environment, input, args);
        return (exit, output, error);
    }

    /// <summary>The shipped personas with only the fixture's drills beside them.</summary>
    private static string CopyScenariosWithFixture()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mi-drill-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, DrillCatalog.FolderName));
        foreach (var file in Directory.EnumerateFiles(Repo.Scenarios, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        File.Copy(
            Path.Combine(Repo.Root, "tests", "MiClientBot.Core.Tests", "Drills", "Fixtures", "sara.yaml"),
            Path.Combine(dir, DrillCatalog.FolderName, "sara.yaml"));
        return dir;
    }
}
