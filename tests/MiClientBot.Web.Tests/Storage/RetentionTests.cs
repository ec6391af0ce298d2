using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiClientBot.Web.Instructor;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>Sessions untouched for Storage:RetentionDays are deleted by the sweep; active ones stay.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private const string InstructorKey = "retention-instructor-key";

    private readonly ManualTime _time = new();
    private readonly TempFolder _folder = new();
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = new BotHost(
            new()
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:SqliteFile"] = _folder.File("sessions.db"),
                ["Storage:RetentionDays"] = "7",
                ["Instructor:Key"] = InstructorKey,
            },
            services => services.AddSingleton<TimeProvider>(_time));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Sweep_SessionIdleLongerThanRetention_IsGoneFromTheInstructorList()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start ingrid en", id: "1700000000100", conversationId: "a:old"));
        _time.Advance(TimeSpan.FromDays(6));
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start sara en", id: "1700000000101", conversationId: "a:recent"));
        _time.Advance(TimeSpan.FromDays(2));

        var deleted = await _host.Services.GetRequiredService<RetentionSweeper>().SweepOnceAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        var sessions = await ListAsync();
        Assert.Equal(["Sara"], sessions.Select(s => (string?)s!["personaName"]));
        Assert.Null(await _host.Store.ReadAsync("msteams:a:old", CancellationToken.None));
    }

    [Fact]
    public async Task Sweep_SessionActiveWithinRetention_IsKept()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start ingrid en", id: "1700000000100"));
        _time.Advance(TimeSpan.FromDays(6));
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "You miss her.", id: "1700000000101"));
        _time.Advance(TimeSpan.FromDays(6));

        Assert.Equal(0, await _host.Services.GetRequiredService<RetentionSweeper>().SweepOnceAsync(CancellationToken.None));
        Assert.Single(await ListAsync());
    }

    private async Task<JsonArray> ListAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/instructor/api/sessions") { Headers = { { InstructorAuth.HeaderName, InstructorKey } } };
        return (await (await _host.CreateClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonArray>())!;
    }
}
