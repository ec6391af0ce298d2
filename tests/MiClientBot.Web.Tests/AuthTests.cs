using System.Net;
using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>A registered bot only acts on activities whose token the Bot Connector's published key signed for it.</summary>
public sealed class AuthTests : IAsyncLifetime
{
    private const string ConversationKey = "msteams:a:1xYzPersonalChatWithKari";

    private readonly TestTokens _tokens = new();
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync(_tokens.Jwk);
        _host = BotHost.Registered(_connector);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _tokens.Dispose();
    }

    [Fact]
    public async Task PostMessage_ValidToken_RepliesWithTheBotsConnectorToken()
    {
        var token = _tokens.Create(BotHost.AppId, _connector.ServiceUrl);

        var response = await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_connector.Messages, m => m.Text?.StartsWith("**Lasse:** ", StringComparison.Ordinal) == true);
        Assert.All(_connector.Replies, r => Assert.Equal("Bearer " + FakeConnector.IssuedToken, r.Authorization));

        // The client-credentials token is cached: one login for all replies, across messages.
        var next = await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "What brings you here?", id: "1700000000102"), token);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(1, _connector.TokenRequests);
    }

    [Fact]
    public async Task PostMessage_NoToken_Returns401AndNothingIsProcessed() =>
        await AssertRejectedAsync(null, HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostMessage_WrongAudience_Returns401AndNothingIsProcessed() =>
        await AssertRejectedAsync(_tokens.Create("11111111-2222-3333-4444-555555555555", _connector.ServiceUrl), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostMessage_WrongIssuer_Returns401AndNothingIsProcessed() =>
        await AssertRejectedAsync(_tokens.Create(BotHost.AppId, _connector.ServiceUrl, issuer: "https://sts.windows.net/attacker-tenant/"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostMessage_ExpiredToken_Returns401AndNothingIsProcessed() =>
        await AssertRejectedAsync(_tokens.Create(BotHost.AppId, _connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6)), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostMessage_TokenExpiredWithinSkew_IsAccepted()
    {
        var token = _tokens.Create(BotHost.AppId, _connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-4));

        var response = await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_SignedWithUnpublishedKey_Returns401AndNothingIsProcessed() =>
        await AssertRejectedAsync(_tokens.Create(BotHost.AppId, _connector.ServiceUrl, foreignKey: true), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostMessage_UnsignedToken_Returns401AndNothingIsProcessed() =>
        await AssertRejectedAsync(TestTokens.Unsigned(BotHost.AppId, _connector.ServiceUrl), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PostMessage_ServiceUrlNotTheTokens_Returns403AndNothingIsProcessed() =>
        await AssertRejectedAsync(_tokens.Create(BotHost.AppId, "https://smba.trafficmanager.net/emea/"), HttpStatusCode.Forbidden);

    [Fact]
    public async Task PostMessage_ChannelTheKeyIsNotEndorsedFor_Returns403AndNothingIsProcessed()
    {
        var message = Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en");
        message["channelId"] = "slack";

        await AssertRejectedAsync(_tokens.Create(BotHost.AppId, _connector.ServiceUrl), HttpStatusCode.Forbidden, message, "slack:a:1xYzPersonalChatWithKari");
    }

    private async Task AssertRejectedAsync(string? token, HttpStatusCode expected, JsonObject? activity = null, string key = ConversationKey)
    {
        var response = await _host.PostAsync(activity ?? Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en"), token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_connector.Replies);
        Assert.Equal(0, _connector.TokenRequests);
        Assert.Null(await _host.Store.ReadAsync(key, CancellationToken.None));
    }
}
