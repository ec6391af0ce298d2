using System.Net;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MiClientBot.Web.Tests;

/// <summary>Two messages of one conversation at once: both turns count, in some order, and nothing is lost.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private const string Key = "msteams:a:1xYzPersonalChatWithKari";

    private readonly RacingStore _store = new();
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = BotHost.Anonymous(services => services.AddSingleton<IConversationStore>(_store));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_TwoMessagesOfOneConversationAtOnce_BothTurnsAreKept()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start ingrid en", id: "1700000000100"));
        _connector.Clear();

        var first = _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "You have been feeling lonely since your husband died.", id: "1700000000101"));
        var second = _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "What would it mean to you to hear from Else again?", id: "1700000000102"));
        var responses = await Task.WhenAll(first, second);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await _store.ReadAsync(Key, CancellationToken.None);
        Assert.Equal(2, stored!.State.Inputs.Count);
        Assert.Contains("You have been feeling lonely since your husband died.", stored.State.Inputs);
        Assert.Contains("What would it mean to you to hear from Else again?", stored.State.Inputs);
        Assert.Equal(2, stored.State.Session!.Turn);

        // Each message got its own answer, and the balloon events count turns 1 and 2 (none repeated).
        Assert.Equal(2, _connector.Messages.Count(m => m.Text?.StartsWith("**Ingrid:** ", StringComparison.Ordinal) == true));
        var turns = _connector.Replies.Where(r => r.Name == "mi.state").Select(r => (int)r.Activity["value"]!["turn"]!).Order();
        Assert.Equal([1, 2], turns);
        Assert.Equal(["1700000000101", "1700000000102"], _connector.Messages.Select(m => m.ReplyToId!).Distinct().Order());
    }

    [Fact]
    public async Task PostMessage_ManyMessagesOfOneConversationAtOnce_EveryTurnIsStoredOnce()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start gary en", id: "1700000000100"));

        var posts = Enumerable.Range(1, 6).Select(i =>
            _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, $"Tell me more about that, part {i}.", id: $"17000000002{i:00}")));
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await _store.ReadAsync(Key, CancellationToken.None);
        Assert.Equal(6, stored!.State.Inputs.Distinct().Count());
        Assert.Equal(6, stored.State.Session!.Turn);
    }

    [Fact]
    public async Task PostMessage_TwoHostsReadTheSameVersion_TheLoserIsRetriedOnTheNewerState()
    {
        var store = new RacingStore();
        await using var hostA = BotHost.Anonymous(services => services.AddSingleton<IConversationStore>(store));
        await using var hostB = BotHost.Anonymous(services => services.AddSingleton<IConversationStore>(store));
        await hostA.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start gary en", id: "1700000000300"));
        store.Arm(readers: 2);

        var responses = await Task.WhenAll(
            hostA.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "From A: what brings you here?", id: "1700000000301")),
            hostB.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "From B: how are you today?", id: "1700000000302")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(store.Conflicts >= 1, "both hosts read the same version, so one write had to be retried");
        var stored = await store.ReadAsync(Key, CancellationToken.None);
        Assert.Equal(["From A: what brings you here?", "From B: how are you today?"], stored!.State.Inputs.Order());
        Assert.Equal(2, stored.State.Session!.Turn);
    }
}
