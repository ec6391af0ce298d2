using System.Text.Json;

namespace MiClientBot.Cli.Tests;

public class ReplayCommandTests
{
    [Fact]
    public void Replay_Json_PrintsOneObjectPerTurnWithTheBalloon()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mi-script-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(file, ["Hva bringer deg hit?", "", "Du bør slutte å drikke.", "Du er lei av mas."]);

        var (exit, output, _) = ChatCommandTests.Run(string.Empty, "replay", file, "--persona", "lasse", "--lang", "nb", "--seed", "3", "--json");

        Assert.Equal(0, exit);
        var turns = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, turns.Count);
        Assert.Equal([1, 2, 3], turns.Select(t => t.GetProperty("turn").GetInt32()));
        foreach (var t in turns)
        {
            Assert.False(string.IsNullOrEmpty(t.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(t.GetProperty("state").GetString()));
            Assert.False(string.IsNullOrEmpty(t.GetProperty("talk").GetString()));
            Assert.False(string.IsNullOrEmpty(t.GetProperty("reply").GetString()));
            var r = t.GetProperty("resistance");
            Assert.InRange(r.GetProperty("sustain").GetDouble(), 0, 100);
            Assert.InRange(r.GetProperty("autonomy").GetDouble(), 0, 100);
            Assert.InRange(r.GetProperty("discord").GetDouble(), 0, 100);
            Assert.InRange(t.GetProperty("pressure").GetDouble(), 0, 100);
        }

        Assert.Equal("persuade", turns[1].GetProperty("code").GetString());
        Assert.True(turns[1].GetProperty("resistance").GetProperty("autonomy").GetDouble() > turns[0].GetProperty("resistance").GetProperty("autonomy").GetDouble());
    }

    [Fact]
    public void Replay_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = ChatCommandTests.Run(string.Empty, "replay", "/no/such/file.txt", "--persona", "lasse");

        Assert.Equal(2, exit);
        Assert.Contains("No such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ReportInMissingFolder_SaysSoAndStillPrintsTheTranscript()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mi-script-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(file, ["What brings you here?"]);
        var report = Path.Combine(Path.GetTempPath(), $"mi-missing-{Guid.NewGuid():N}", "report.json");

        var (exit, output, error) = ChatCommandTests.Run(string.Empty, "replay", file, "--persona", "gary", "--lang", "en", "--report", report);

        Assert.Equal(1, exit);
        Assert.Contains("You: What brings you here?", output, StringComparison.Ordinal);
        Assert.StartsWith($"Could not write the report to {report}: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_FolderInsteadOfFile_SaysItIsAFolder()
    {
        var (exit, _, error) = ChatCommandTests.Run(string.Empty, "replay", Path.GetTempPath(), "--persona", "gary");

        Assert.Equal(2, exit);
        Assert.Contains("is a folder, not a file", error, StringComparison.Ordinal);
    }
}
