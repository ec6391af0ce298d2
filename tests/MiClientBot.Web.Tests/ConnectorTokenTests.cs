using MiClientBot.Web.Protocol;
using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.Options;
using Moq;

namespace MiClientBot.Web.Tests;

/// <summary>The token the bot shows the connector, per app type, and how long it is reused.</summary>
public sealed class ConnectorTokenTests : IAsyncLifetime
{
    private const string TenantId = "0f3a2b1c-5d4e-4f6a-8b9c-0d1e2f3a4b5c";

    private readonly ManualTime _time = new();
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task GetToken_MultiTenant_AsksTheBotFrameworkTenantForTheConnectorScope()
    {
        using var provider = Provider(new() { MicrosoftAppType = "MultiTenant", MicrosoftAppId = BotHost.AppId });

        Assert.Equal(FakeConnector.IssuedToken, await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal($"botframework.com client_credentials {BotHost.AppId} https://api.botframework.com/.default", _connector.LastTokenRequest);
    }

    [Fact]
    public async Task GetToken_SingleTenant_AsksTheBotsOwnTenant()
    {
        using var provider = Provider(new() { MicrosoftAppType = "SingleTenant", MicrosoftAppId = BotHost.AppId, MicrosoftAppTenantId = TenantId });

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.StartsWith(TenantId + " client_credentials", _connector.LastTokenRequest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetToken_UserAssignedManagedIdentity_AsksTheIdentityEndpoint()
    {
        using var provider = Provider(new() { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = BotHost.AppId, MicrosoftAppTenantId = TenantId });

        Assert.Equal("msi-token", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal($"msi true https://api.botframework.com {BotHost.AppId}", _connector.LastTokenRequest);
    }

    [Fact]
    public async Task GetToken_Anonymous_ReturnsNoToken()
    {
        using var provider = Provider(new());

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(0, _connector.TokenRequests);
    }

    [Fact]
    public async Task GetToken_CalledAgain_ReusesTheTokenUntilFiveMinutesBeforeExpiry()
    {
        using var provider = Provider(new() { MicrosoftAppType = "MultiTenant", MicrosoftAppId = BotHost.AppId });
        await provider.GetTokenAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(54));
        await provider.GetTokenAsync(CancellationToken.None);
        Assert.Equal(1, _connector.TokenRequests);

        _time.Advance(TimeSpan.FromMinutes(1));
        await provider.GetTokenAsync(CancellationToken.None);
        Assert.Equal(2, _connector.TokenRequests);
    }

    private ConnectorTokenProvider Provider(BotCredentialsOptions options)
    {
        options.MicrosoftAppPassword ??= options.IsManagedIdentity ? null : "not-a-real-secret";
        options.ToChannelFromBotLoginUrl = _connector.BaseUrl;
        options.ManagedIdentityEndpoint = _connector.BaseUrl + "/msi/token";
        var clients = new Mock<IHttpClientFactory>();
        clients.Setup(f => f.CreateClient(It.IsAny<string>())).Returns(() => new HttpClient());
        return new ConnectorTokenProvider(clients.Object, Options.Create(options), _time);
    }
}
