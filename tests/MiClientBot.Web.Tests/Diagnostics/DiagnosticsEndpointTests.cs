using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Diagnostics;

/// <summary>The endpoints the load tool measures against: off unless configured, and then an exact echo and heap figures.</summary>
public sealed class DiagnosticsEndpointTests
{
    private const string Message = """
        {"type":"message","id":"m7","channelId":"loadtest","serviceUrl":"http://127.0.0.1:9/","from":{"id":"user-1"},
         "conversation":{"id":"conv-1"},"recipient":{"id":"bot"},"text":"You sound tired of it.","deliveryMode":"expectReplies"}
        """;

    [Fact]
    public async Task Echo_NotConfigured_Returns404()
    {
        await using var host = BotHost.Anonymous();

        using var response = await host.CreateClient().PostAsync("/diagnostics/echo", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Echo_Enabled_ReturnsTheBodyUnchanged()
    {
        await using var host = new BotHost(new() { ["Diagnostics:Enabled"] = "true" });
        const string body = "{\"type\":\"message\",\"text\":\"Hei på deg 👋\"}";

        using var response = await host.CreateClient().PostAsync("/diagnostics/echo", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Protocol_NotConfigured_Returns404()
    {
        await using var host = BotHost.Anonymous();

        using var response = await host.CreateClient().PostAsync("/diagnostics/protocol", new StringContent(Message, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Protocol_Message_AnswersALineAndTheBalloonWithoutABot()
    {
        await using var host = new BotHost(new() { ["Diagnostics:Enabled"] = "true" });
        var client = host.CreateClient();

        using var response = await client.PostAsync("/diagnostics/protocol", new StringContent(Message, Encoding.UTF8, "application/json"));
        using var again = await client.PostAsync("/diagnostics/protocol", new StringContent(Message, Encoding.UTF8, "application/json"));

        var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        Assert.Equal(["message", "event"], replies.Select(r => (string)r!["type"]!));
        Assert.All(replies, r => Assert.Equal("m7", (string)r!["replyToId"]!));
        Assert.Equal("user-1", (string)replies[0]!["recipient"]!["id"]!);
        Assert.Equal(0, (int)replies[1]!["value"]!["turn"]!);

        // No session behind it: the same message is answered the same way again.
        Assert.Equal(await response.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Null(await host.Store.ReadAsync("loadtest:conv-1", CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\"}")]
    public async Task Protocol_BadActivity_Returns400(string body)
    {
        await using var host = new BotHost(new() { ["Diagnostics:Enabled"] = "true" });

        using var response = await host.CreateClient().PostAsync("/diagnostics/protocol", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Memory_Enabled_ReturnsLiveHeapBytes()
    {
        await using var host = new BotHost(new() { ["Diagnostics:Enabled"] = "true" });

        var figures = await host.CreateClient().GetFromJsonAsync<Dictionary<string, long>>("/diagnostics/memory");

        Assert.True(figures!["liveBytes"] > 0);
        Assert.True(figures["heapBytes"] >= figures["liveBytes"] / 2);
    }
}
