using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>`/drill` over Direct Line (the web page's path): the same conversation answers with a drill and its balloon.</summary>
public sealed class DrillTests
{
    [Fact]
    public async Task DirectLine_DrillThenAReflection_AnswersWithTheDrillThenItsFeedbackAndTheBalloon()
    {
        await using var host = new BotHost(new() { ["Personas:Directory"] = ScenariosWithFixture() });
        var client = host.DirectLine();
        await client.StartAsync("en-US");
        await client.SayAsync("/start sara en", "c-1");

        var drill = await client.SayAsync("/drill", "c-2");
        var reply = await client.SayAsync("Those five minutes are yours, and losing them feels like too much.", "c-3");

        var activities = (await client.ActivitiesAsync())["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var shown = Replies(activities, drill);
        Assert.Contains(shown, a => Text(a).StartsWith("Drill 1 of 4 (sustain, strong affect)", StringComparison.Ordinal));
        Assert.Contains(shown, a => Text(a).StartsWith("**Sara:** That smoke break is the only five minutes", StringComparison.Ordinal));
        var before = (double)shown.Single(a => (string?)a["name"] == "mi.state")["value"]!["pressure"]!;
        var answered = Replies(activities, reply);
        Assert.Contains(answered, a => Text(a).StartsWith("Rolling with it:", StringComparison.Ordinal));
        Assert.True((double)answered.First(a => (string?)a["name"] == "mi.state")["value"]!["pressure"]! < before);
        Assert.Contains(answered, a => Text(a).StartsWith("Drill 2 of 4", StringComparison.Ordinal));
    }

    private static List<JsonObject> Replies(List<JsonObject> activities, string id) => [.. activities.Where(a => (string?)a["replyToId"] == id)];

    private static string Text(JsonObject activity) => (string?)activity["text"] ?? string.Empty;

    /// <summary>The shipped personas with the Core tests' small drill fixture (sara) beside them.</summary>
    private static string ScenariosWithFixture()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mi-drill-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "drills"));
        foreach (var file in Directory.EnumerateFiles(Repo.Scenarios, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(Repo.Root, "tests", "MiClientBot.Core.Tests", "Drills", "Fixtures", "sara.yaml"), Path.Combine(dir, "drills", "sara.yaml"));
        return dir;
    }
}
