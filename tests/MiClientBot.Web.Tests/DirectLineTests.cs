using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MiClientBot.Web.Tests;

/// <summary>The host's Direct Line 3.0 endpoint, field by field, as Web Chat and botframework-directlinejs use it.</summary>
public sealed class DirectLineTests
{
    private const string Opening = "Hei Lasse, hva bringer deg hit i dag?";

    [Fact]
    public async Task StartConversation_NewToken_Answers201WithStreamUrlAndTheBotWelcomesInTheClientsLocale()
    {
        await using var host = BotHost.Anonymous();
        var client = host.DirectLine();

        var conversation = await client.StartAsync("nb-NO");
        using var again = await client.SendAsync(HttpMethod.Post, "/conversations");

        Assert.StartsWith("ws://", (string)conversation["streamUrl"]!);
        Assert.InRange((int)conversation["expires_in"]!, 1700, 1800);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(client.ConversationId, (string)(await again.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!);
        var welcome = Activities(await client.ActivitiesAsync()).Single();
        Assert.Equal("bot", (string)welcome["from"]!["role"]!);
        Assert.StartsWith("Hvem vil du snakke med?", (string)welcome["text"]!);
    }

    [Fact]
    public async Task PostActivity_TraineeLine_IsEchoedWithItsClientActivityIdThenTheClientAnswersWithTheBalloon()
    {
        await using var host = BotHost.Anonymous();
        var client = host.DirectLine();
        await client.StartAsync();
        await client.SayAsync("/start lasse nb", "c-1");

        var id = await client.SayAsync(Opening, "c-2");

        var activities = Activities(await client.ActivitiesAsync());
        var echo = activities.Single(a => (string?)a["id"] == id);
        Assert.Equal("c-2", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.StartsWith("dl_", (string)echo["from"]!["id"]!);
        Assert.Equal(Opening, (string)echo["text"]!);
        Assert.True(DateTimeOffset.TryParse((string?)echo["timestamp"], out _));
        var replies = activities.Where(a => (string?)a["replyToId"] == id).ToList();
        Assert.All(replies, r => Assert.Equal("bot", (string)r["from"]!["role"]!));
        Assert.All(replies, r => Assert.NotNull((string?)r["timestamp"]));
        Assert.Contains(replies, r => (string?)r["type"] == "message" && ((string)r["text"]!).StartsWith("**Lasse:**", StringComparison.Ordinal));
        var state = replies.Single(r => (string?)r["name"] == "mi.state");
        Assert.Equal(1, (int)state["value"]!["turn"]!);
        Assert.NotNull(state["value"]!["resistance"]!["autonomy"]);
        Assert.Equal(activities.Select(a => (string)a["id"]!).Distinct().Count(), activities.Count);
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReturnsOnlyWhatCameAfterIt()
    {
        await using var host = BotHost.Anonymous();
        var client = host.DirectLine();
        await client.StartAsync();
        var first = await client.ActivitiesAsync();

        await client.SayAsync("/start lasse nb", "c-1");
        var next = await client.ActivitiesAsync((string)first["watermark"]!);
        var nothing = await client.ActivitiesAsync((string)next["watermark"]!);

        Assert.Equal("c-1", (string)Activities(next)[0]["channelData"]!["clientActivityID"]!);
        Assert.DoesNotContain(Activities(next), a => Activities(first).Any(f => (string?)f["id"] == (string?)a["id"]));
        Assert.Empty(Activities(nothing));
        Assert.Equal((string)next["watermark"]!, (string)nothing["watermark"]!);
    }

    [Fact]
    public async Task Token_OfAnotherConversation_IsForbidden()
    {
        await using var host = BotHost.Anonymous();
        var alice = host.DirectLine();
        var bob = host.DirectLine();
        await alice.StartAsync();
        await bob.StartAsync();

        using var read = await bob.SendAsync(HttpMethod.Get, $"/conversations/{alice.ConversationId}/activities");
        using var post = await bob.SendAsync(HttpMethod.Post, $"/conversations/{alice.ConversationId}/activities", new JsonObject { ["type"] = "message", ["text"] = "hi" });

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Single(Activities(await alice.ActivitiesAsync()));
    }

    [Fact]
    public async Task Token_Tampered_IsForbidden()
    {
        await using var host = BotHost.Anonymous();
        var client = host.DirectLine();
        await client.StartAsync();
        var token = client.Token!;
        client.Token = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Token_Expired_IsRefusedAndOnlyAValidOneCanBeRefreshed()
    {
        var time = new ManualTime();
        await using var host = BotHost.Anonymous(s => s.AddSingleton<TimeProvider>(time));
        var client = host.DirectLine();
        await client.StartAsync();
        var original = client.Token!;

        time.Advance(TimeSpan.FromMinutes(20));
        using var refreshed = await client.SendAsync(HttpMethod.Post, "/tokens/refresh");
        var fresh = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;
        time.Advance(TimeSpan.FromMinutes(15));
        using var withOld = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities");
        using var refreshOld = await client.SendAsync(HttpMethod.Post, "/tokens/refresh");
        client.Token = (string)fresh["token"]!;
        using var withFresh = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(client.ConversationId, (string)fresh["conversationId"]!);
        Assert.NotEqual(original, client.Token);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal("TokenExpired", (string)(await withOld.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, refreshOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withFresh.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_SecretConfigured_OnlyForCallersThatPresentIt()
    {
        const string secret = "class-of-2026-secret-code";
        await using var host = new BotHost(new() { ["DirectLine:Secret"] = secret });
        var client = host.DirectLine();

        using var none = await client.SendAsync(HttpMethod.Post, "/tokens/generate");
        using var wrong = await client.SendAsync(HttpMethod.Post, "/tokens/generate", bearer: "not-the-secret-at-all");
        using var right = await client.SendAsync(HttpMethod.Post, "/tokens/generate", bearer: secret);
        using var direct = await client.SendAsync(HttpMethod.Post, "/conversations", bearer: secret);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.NotNull((string?)(await right.Content.ReadFromJsonAsync<JsonObject>())!["token"]);
        Assert.Equal(HttpStatusCode.Created, direct.StatusCode);
    }

    [Fact]
    public async Task Token_AfterARestartWithTheSameKeyFile_StillOpensItsConversation()
    {
        var keyFile = Path.Combine(Path.GetTempPath(), $"mi-dl-{Guid.NewGuid():N}", "directline.key");
        var settings = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = string.Empty, ["DirectLine:KeyFile"] = keyFile };
        string token;
        string conversationId;
        await using (var before = new BotHost(settings))
        {
            var client = before.DirectLine();
            await client.StartAsync();
            (token, conversationId) = (client.Token!, client.ConversationId!);
        }

        await using var after = new BotHost(settings);
        var again = after.DirectLine();
        again.Token = token;
        again.ConversationId = conversationId;
        using var reconnect = await again.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark=0");
        await again.SayAsync("/start lasse nb", "c-1");

        Assert.True(File.Exists(keyFile));
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Contains(Activities(await again.ActivitiesAsync()), a => ((string?)a["text"])?.StartsWith("**Lasse:**", StringComparison.Ordinal) == true);
        Directory.Delete(Path.GetDirectoryName(keyFile)!, recursive: true);
    }

    [Fact]
    public async Task Stream_WebSocket_SendsTheBacklogThenEachNewActivity()
    {
        await using var host = BotHost.Anonymous();
        var client = host.DirectLine();
        var conversation = await client.StartAsync();
        var streamUrl = new Uri((string)conversation["streamUrl"]!);
        using var socket = await host.Server.CreateWebSocketClient().ConnectAsync(new Uri(host.Server.BaseAddress, streamUrl.PathAndQuery), CancellationToken.None);

        var backlog = await ReceiveAsync(socket);
        await client.SayAsync("/start lasse nb", "c-1");
        var next = await ReceiveAsync(socket);

        Assert.StartsWith("Who would you like to talk to?", (string)Activities(backlog)[0]["text"]!, StringComparison.Ordinal);
        Assert.Equal("c-1", (string)Activities(next)[0]["channelData"]!["clientActivityID"]!);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("""{"text":"no type"}""")]
    public async Task PostActivity_NotAnActivity_Answers400WithADirectLineError(string body)
    {
        await using var host = BotHost.Anonymous();
        var client = host.DirectLine();
        await client.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{DirectLineClient.Route}/conversations/{client.ConversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", client.Token);

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!);
    }

    [Fact]
    public async Task Activities_WithoutToken_Answer401()
    {
        await using var host = BotHost.Anonymous();
        var client = host.DirectLine();
        await client.StartAsync();
        client.Token = null;

        using var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static List<JsonObject> Activities(JsonObject set) => [.. set["activities"]!.AsArray().Select(a => a!.AsObject())];

    private static async Task<JsonObject> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[256 * 1024];
        var count = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(count), timeout.Token);
            count += result.Count;
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, count))!.AsObject();
    }
}
