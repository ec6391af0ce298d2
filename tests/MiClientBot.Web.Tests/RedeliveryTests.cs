using System.Net;
using System.Text.Json.Nodes;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MiClientBot.Web.Tests;

/// <summary>
/// A channel delivers an activity again (same id) when the bot answered it with a 5xx or took too long: the trainee's
/// move counts once, and the replies reach the trainee once.
/// </summary>
public sealed class RedeliveryTests : IAsyncLifetime
{
    private const string Key = "msteams:a:1xYzPersonalChatWithKari";
    private const string Move = "It sounds like the drinking helps you unwind after work.";

    private readonly HeldStore _store = new();
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = BotHost.Anonymous(services => services.AddSingleton<IConversationStore>(_store));
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start gary en", id: "1700000000100"));
        _connector.Clear();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_SameActivityDeliveredTwice_MoveCountsOnceAndIsAnsweredOnce()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, Move, id: "1700000000101"));

        var again = await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, Move, id: "1700000000101"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal([Move], (await StoredAsync()).Inputs);
        Assert.Single(_connector.Messages, m => m.Text?.StartsWith("**Gary:** ", StringComparison.Ordinal) == true);
        Assert.Equal([1], BalloonTurns());
    }

    [Fact]
    public async Task PostMessage_RedeliveredAfter502_RepliesArriveWithoutASecondTurn()
    {
        _connector.FailureStatus = 500;
        _connector.FailNext(int.MaxValue);
        var refused = await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, Move, id: "1700000000101"));
        Assert.Equal(HttpStatusCode.BadGateway, refused.StatusCode);
        _connector.FailNext(0);
        _connector.Clear();

        var again = await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, Move, id: "1700000000101"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal([Move], (await StoredAsync()).Inputs);
        var answer = Assert.Single(_connector.Messages, m => m.Text?.StartsWith("**Gary:** ", StringComparison.Ordinal) == true);
        Assert.Equal("1700000000101", answer.ReplyToId);
        Assert.Equal([1], BalloonTurns());
    }

    [Fact]
    public async Task PostMessage_RedeliveredWhileTheFirstIsStillStoring_AnsweredOnceWhenItIsDone()
    {
        _store.HoldNextRead();
        var first = _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, Move, id: "1700000000101"));
        await _store.Reached.WaitAsync(TimeSpan.FromSeconds(10));

        var again = _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, Move, id: "1700000000101"));
        await Task.Delay(200);
        Assert.False(again.IsCompleted, "The redelivery waits for the turn the first delivery started.");
        _store.Release();

        Assert.All(await Task.WhenAll(first, again), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal([Move], (await StoredAsync()).Inputs);
        Assert.Single(_connector.Messages, m => m.Text?.StartsWith("**Gary:** ", StringComparison.Ordinal) == true);
        Assert.Equal([1], BalloonTurns());
    }

    [Fact]
    public async Task PostMessage_ExpectRepliesRedelivered_SameRepliesAndTheNextMoveIsTurnTwo()
    {
        var firstReplies = await ExpectRepliesAsync(Move, "1700000000101");

        var againReplies = await ExpectRepliesAsync(Move, "1700000000101");
        var nextReplies = await ExpectRepliesAsync("What would you like instead?", "1700000000102");

        Assert.Equal(firstReplies.ToJsonString(), againReplies.ToJsonString());
        Assert.Equal(1, (int)firstReplies.Single(a => (string?)a!["name"] == "mi.state")!["value"]!["turn"]!);
        Assert.Equal(2, (int)nextReplies.Single(a => (string?)a!["name"] == "mi.state")!["value"]!["turn"]!);
        Assert.Equal([Move, "What would you like instead?"], (await StoredAsync()).Inputs);
    }

    [Fact]
    public async Task PostMessage_SameTextWithANewId_CountsAsTheTraineeSaysItAgain()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, Move, id: "1700000000101"));

        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, Move, id: "1700000000102"));

        Assert.Equal([Move, Move], (await StoredAsync()).Inputs);
        Assert.Equal([1, 2], BalloonTurns());
    }

    private async Task<JsonArray> ExpectRepliesAsync(string text, string id)
    {
        var message = Teams.PersonalMessage(_connector.ServiceUrl, text, id: id);
        message["deliveryMode"] = "expectReplies";
        var response = await _host.PostAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }

    private async Task<Core.Conversations.ConversationState> StoredAsync() =>
        (await _store.ReadAsync(Key, CancellationToken.None))!.State;

    private int[] BalloonTurns() =>
        [.. _connector.Replies.Where(r => r.Name == "mi.state").Select(r => (int)r.Activity["value"]!["turn"]!)];
}
