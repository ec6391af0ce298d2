using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// The signing keys of the Bot Connector service and of Entra for the bot's tenant. ConfigurationManager
/// caches them and refreshes them on its own schedule, and on request when a token names an unknown key.
/// </summary>
internal sealed class OpenIdMetadata
{
    public OpenIdMetadata(IHttpClientFactory httpClients, IOptions<BotCredentialsOptions> options)
    {
        var o = options.Value;
        BotConnector = Create(httpClients, o.BotOpenIdMetadata);
        Entra = Create(httpClients, o.EntraOpenIdMetadata.Replace("{tenant}", o.MicrosoftAppTenantId ?? "common", StringComparison.Ordinal));
    }

    public IConfigurationManager<OpenIdConnectConfiguration> BotConnector { get; }

    public IConfigurationManager<OpenIdConnectConfiguration> Entra { get; }

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(IHttpClientFactory httpClients, string url)
    {
        // HTTPS is required except on loopback, where a local stand-in (tests, offline development) serves the keys.
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(OpenIdMetadata)))
        {
            RequireHttps = !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback),
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever);
    }
}
