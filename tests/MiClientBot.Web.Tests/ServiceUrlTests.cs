using System.Net;
using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>
/// The bot's replies, and with them its connector token, go only where a channel's token vouches for (the Bot
/// Connector's serviceurl claim) or to Connector:AllowedServiceUrls; an anonymous bot posts only on its own machine.
/// </summary>
public sealed class ServiceUrlTests : IAsyncLifetime
{
    private const string TenantId = "0f3a2b1c-5d4e-4f6a-8b9c-0d1e2f3a4b5c";
    private const string ConversationKey = "msteams:a:1xYzPersonalChatWithKari";

    private readonly TestTokens _tokens = new();
    private FakeConnector _connector = null!;

    private string EntraIssuer => $"https://sts.windows.net/{TenantId}/";

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync(_tokens.Jwk);

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _tokens.Dispose();
    }

    [Fact]
    public async Task PostMessage_EntraTokenWithoutServiceUrlClaim_Returns403AndTheBotsTokenGoesNowhere()
    {
        await using var host = BotHost.RegisteredWithTenant(_connector, TenantId);
        var token = _tokens.Create(BotHost.AppId, serviceUrl: null, issuer: EntraIssuer);

        var response = await host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en"), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("AllowedServiceUrls", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_connector.Replies);
        Assert.Equal(0, _connector.TokenRequests);
        Assert.Null(await host.Store.ReadAsync(ConversationKey, CancellationToken.None));
    }

    [Fact]
    public async Task PostMessage_EntraTokenWithoutClaimToAnAllowListedServiceUrl_RepliesThere()
    {
        await using var host = BotHost.RegisteredWithTenant(_connector, TenantId, new() { ["Connector:AllowedServiceUrls:0"] = _connector.ServiceUrl });
        var token = _tokens.Create(BotHost.AppId, serviceUrl: null, issuer: EntraIssuer);

        var response = await host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_connector.Messages, m => m.Text?.StartsWith("**Lasse:** ", StringComparison.Ordinal) == true);
        Assert.All(_connector.Replies, r => Assert.Equal("Bearer " + FakeConnector.IssuedToken, r.Authorization));
    }

    [Fact]
    public async Task PostMessage_BotConnectorTokenNamingTheServiceUrl_Replies()
    {
        await using var host = BotHost.RegisteredWithTenant(_connector, TenantId);
        var token = _tokens.Create(BotHost.AppId, _connector.ServiceUrl);

        var response = await host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_connector.Messages);
    }

    [Theory]
    [InlineData("http://169.254.169.254/metadata/")]
    [InlineData("http://10.0.0.7:3978/")]
    [InlineData("https://attacker.example/")]
    [InlineData("http://0.0.0.0:3978/")]
    [InlineData("http://127.0.0.1@attacker.example/")]
    public async Task PostMessage_AnonymousWithServiceUrlOffThisMachine_Returns403AndNothingIsSent(string serviceUrl)
    {
        await using var host = BotHost.Anonymous();

        var response = await host.PostAsync(Teams.PersonalMessage(serviceUrl, "/start lasse en"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("loopback", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await host.Store.ReadAsync(ConversationKey, CancellationToken.None));
    }

    [Fact]
    public async Task PostMessage_AnonymousWithLoopbackServiceUrl_Replies()
    {
        await using var host = BotHost.Anonymous();

        var response = await host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal), "/start lasse en"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_connector.Messages, m => m.Text?.StartsWith("**Lasse:** ", StringComparison.Ordinal) == true);
        Assert.All(_connector.Replies, r => Assert.Equal(string.Empty, r.Authorization));
    }

    [Fact]
    public async Task PostMessage_AnonymousExpectRepliesWithAnyServiceUrl_AnswersInTheResponse()
    {
        // Nothing is posted anywhere: the replies come back in the HTTP response.
        await using var host = BotHost.Anonymous();
        var message = Teams.PersonalMessage("https://smba.trafficmanager.net/emea/", "/start lasse en");
        message["deliveryMode"] = "expectReplies";

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("text/html")]
    public async Task PostMessage_NotJson_Returns415AndNothingIsProcessed(string contentType)
    {
        await using var host = BotHost.Anonymous();
        using var content = new StringContent(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en").ToJsonString());
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await host.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(_connector.Replies);
        Assert.Null(await host.Store.ReadAsync(ConversationKey, CancellationToken.None));
    }

    [Fact]
    public async Task PostMessage_JsonWithCharset_IsAccepted()
    {
        await using var host = BotHost.Anonymous();
        using var content = new StringContent(Teams.PersonalMessage(_connector.ServiceUrl, "/start lasse en").ToJsonString());
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

        var response = await host.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
