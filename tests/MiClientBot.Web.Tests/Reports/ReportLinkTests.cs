using System.Net;
using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Storage;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Reports;

/// <summary>The report card's link: rebuilt from the stored session, so it outlives the host but not the session.</summary>
public sealed class ReportLinkTests
{
    private const string ServiceUrl = "http://127.0.0.1:9/";

    private static int _id;

    [Fact]
    public async Task GetReport_AfterTheHostRestartsOnTheSameStore_ServesTheSameReport()
    {
        using var folder = new TempFolder();
        string link, before;
        await using (var first = Host(folder))
        {
            link = await FeedbackLinkAsync(first, "/start sara en", "You should really quit smoking for the baby's sake.", "It sounds like you feel judged.");
            before = await ReadReportAsync(first, link);
        }

        await using var second = Host(folder);
        var after = await second.CreateClient().GetAsync(link + "?format=json");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(before, await after.Content.ReadAsStringAsync());
        Assert.Equal(2, (int)JsonNode.Parse(before)!["turns"]!);
    }

    [Fact]
    public async Task GetReport_AfterForget_Returns404()
    {
        using var folder = new TempFolder();
        await using var host = Host(folder);
        var link = await FeedbackLinkAsync(host, "/start gary en", "What brings you here?");

        await PostAsync(host, "/forget");
        var response = await host.CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetReport_ConversationHasStartedANewRolePlay_Returns410AndTheNewLinkWorks()
    {
        using var folder = new TempFolder();
        await using var host = Host(folder);
        var old = await FeedbackLinkAsync(host, "/start gary en", "What brings you here?");

        var current = await FeedbackLinkAsync(host, "/start lasse en", "What brings you here?");

        Assert.Equal(HttpStatusCode.Gone, (await host.CreateClient().GetAsync(old)).StatusCode);
        Assert.Contains("Lasse", await ReadReportAsync(host, current));
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("moves")]
    [InlineData("nonsense")]
    public async Task GetReport_LinkAltered_IsRefused(string change)
    {
        using var folder = new TempFolder();
        await using var host = Host(folder);
        var link = await FeedbackLinkAsync(host, "/start gary en", "What brings you here?", "You seem unsure.");
        var parts = link.Split('/')[^1].Split('.');

        var altered = change switch
        {
            "tampered" => $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}",
            "moves" => $"{parts[0]}.1.{parts[2]}",
            _ => "not-a-report",
        };
        var response = await host.CreateClient().GetAsync("/reports/" + altered);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Gone });
    }

    private static BotHost Host(TempFolder folder) =>
        new(new() { ["Storage:Provider"] = "Sqlite", ["Storage:SqliteFile"] = folder.File("sessions.db") });

    /// <summary>Plays the messages, asks for /feedback and returns the path of the report card's link.</summary>
    private static async Task<string> FeedbackLinkAsync(BotHost host, params string[] messages)
    {
        foreach (var message in messages)
        {
            await PostAsync(host, message);
        }

        var replies = await PostAsync(host, "/feedback");
        var card = replies.Single(a => a!["attachments"] is not null)!["attachments"]![0]!["content"]!;
        var url = (string)card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!;
        return new Uri(url).AbsolutePath;
    }

    private static async Task<string> ReadReportAsync(BotHost host, string link)
    {
        var response = await host.CreateClient().GetAsync(link + "?format=json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<JsonArray> PostAsync(BotHost host, string text)
    {
        var message = Teams.PersonalMessage(ServiceUrl, text, id: $"17000001{Interlocked.Increment(ref _id):D5}");
        message["deliveryMode"] = "expectReplies";
        var response = await host.PostAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }
}
