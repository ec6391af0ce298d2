using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiClientBot.Web.Instructor;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>Two hosts behind a load balancer, one PostgreSQL: a conversation whose messages land on either host.</summary>
public sealed class TwoHostsTests : IAsyncLifetime
{
    private const string Key = "msteams:a:1xYzPersonalChatWithKari";
    private const string InstructorKey = "class-of-2026-instructor";

    private PostgresSchema? _schema;
    private FakeConnector _connector = null!;
    private BotHost _a = null!;
    private BotHost _b = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        await _connector.DisposeAsync();
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task PostMessage_InterleavedAcrossTwoHosts_EveryTurnCountsOnceInOrder()
    {
        await StartHostsAsync();
        await _a.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start gary en", id: "1700000000100"));

        // Strictly alternating: each host must see the turn the other one stored.
        for (var i = 1; i <= 6; i++)
        {
            var host = i % 2 == 1 ? _b : _a;
            var response = await host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, $"It sounds like part {i} matters to you.", id: $"17000000001{i:00}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var turns = _connector.Replies.Where(r => r.Name == "mi.state").Select(r => (int)r.Activity["value"]!["turn"]!);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], turns);
        var stored = await _b.Store.ReadAsync(Key, CancellationToken.None);
        Assert.Equal(6, stored!.State.Session!.Turn);
    }

    [SkippableFact]
    public async Task PostMessage_ConcurrentlyOnTwoHosts_NoTurnIsLostAndTheInstructorSeesAll()
    {
        await StartHostsAsync();
        await _a.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en", id: "1700000000100"));

        var posts = Enumerable.Range(1, 8).Select(i => (i % 2 == 0 ? _a : _b)
            .PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, $"Tell me more about that, part {i}.", id: $"17000000002{i:00}")));
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await _a.Store.ReadAsync(Key, CancellationToken.None);
        Assert.Equal(8, stored!.State.Session!.Turn);
        Assert.Equal(8, stored.State.Inputs.Distinct().Count());

        // Either host's instructor view lists the session with the trainee's Teams name and all turns.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/instructor/api/sessions");
        request.Headers.Add(InstructorAuth.HeaderName, InstructorKey);
        var list = await (await _a.CreateClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonArray>();
        var session = Assert.Single(list!)!;
        Assert.Equal((Teams.UserName, "Lasse", 8), ((string?)session["trainee"], (string?)session["personaName"], (int)session["turns"]!));
        var export = await _b.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/instructor/export.json") { Headers = { { InstructorAuth.HeaderName, InstructorKey } } });
        var transcript = (await export.Content.ReadFromJsonAsync<JsonArray>())![0]!["transcript"]!.AsArray();
        Assert.Equal(9, transcript.Count(l => (string?)l!["speaker"] == "trainee"));
        Assert.Equal(9, transcript.Count(l => (string?)l!["speaker"] == "client"));
    }

    private async Task StartHostsAsync()
    {
        _schema = await PostgresSchema.CreateAsync();
        Dictionary<string, string?> settings = new()
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:PostgreSql"] = _schema.ConnectionString,
            ["Instructor:Key"] = InstructorKey,
        };
        _a = new BotHost(settings);
        _b = new BotHost(settings);
        _ = _a.Server;
        _ = _b.Server;
    }
}
