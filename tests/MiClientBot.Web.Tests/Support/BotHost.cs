using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MiClientBot.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MiClientBot.Web.Tests.Support;

/// <summary>The web host in memory (WebApplicationFactory), configured against a fake connector.</summary>
internal sealed class BotHost : WebApplicationFactory<Program>
{
    public const string AppId = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private bool _loopback;

    public BotHost(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        _settings = settings;
        _services = services;
    }

    /// <summary>Anonymous, as on a developer's machine.</summary>
    public static BotHost Anonymous(Action<IServiceCollection>? services = null) => new([], services);

    /// <summary>A registered bot: inbound tokens required, keys and login served by <paramref name="connector"/>.</summary>
    public static BotHost Registered(FakeConnector connector) => new(new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["BotOpenIdMetadata"] = connector.OpenIdUrl,
        ["ToChannelFromBotLoginUrl"] = connector.BaseUrl,
    });

    /// <summary>
    /// A single-tenant bot that also trusts Entra tokens for its tenant (both key sets served by <paramref name="connector"/>),
    /// with <paramref name="settings"/> on top.
    /// </summary>
    public static BotHost RegisteredWithTenant(FakeConnector connector, string tenantId, Dictionary<string, string?>? settings = null) => new(new(settings ?? [])
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = tenantId,
        ["BotOpenIdMetadata"] = connector.OpenIdUrl,
        ["EntraOpenIdMetadata"] = connector.OpenIdUrl,
        ["ToChannelFromBotLoginUrl"] = connector.BaseUrl,
    });

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await CreateClient().SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await CreateClient().PostAsync("/api/messages", content);
    }

    /// <summary>
    /// Serves on a free loopback port (Kestrel) instead of in memory, for clients outside this process
    /// (node); returns the address.
    /// </summary>
    public string StartOnLoopback()
    {
        _loopback = true;
        UseKestrel();
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public DirectLineClient DirectLine() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_loopback)
        {
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        }

        // A fixed Direct Line signing key, so tests write no key file (a test may name its own), and
        // sessions in memory unless the test names a store, so tests never share a database file.
        builder.ConfigureAppConfiguration((_, config) => config
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]),
                ["Storage:Provider"] = "Memory",
            })
            .AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
