using MiClientBot.Core.Conversations;
using SessionOptions = MiClientBot.Core.Options.SessionOptions;
using MiClientBot.Web.DirectLine;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.WebChat;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Hosting;

/// <summary>
/// Loads the personas when the host starts (a PersonaValidationException with file:line stops it
/// there, not at the first message), says how requests are authenticated, and once the host listens,
/// which address to open in a browser.
/// </summary>
internal sealed class StartupCheck : IHostedService
{
    private readonly IServiceProvider _services;
    private readonly IOptions<BotCredentialsOptions> _credentials;
    private readonly RootSettings _settings;
    private readonly ILogger<StartupCheck> _log;

    public StartupCheck(IServiceProvider services, IOptions<BotCredentialsOptions> credentials, RootSettings settings, ILogger<StartupCheck> log)
    {
        _services = services;
        _credentials = credentials;
        _settings = settings;
        _log = log;
    }

    /// <summary>The page's address for a listening address: wildcard hosts become localhost, which a browser can open.</summary>
    public static string PageUrl(string address)
    {
        var uri = new UriBuilder(address);
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority) + "/";
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var flow = _services.GetRequiredService<ConversationFlow>();
        var defaultPersona = _services.GetRequiredService<IOptions<SessionOptions>>().Value.DefaultPersona;
        if (!flow.Engine.Personas.TryGet(defaultPersona, out _))
        {
            throw new SettingException(
                $"Session:DefaultPersona '{defaultPersona}' is not one of the personas ({string.Join(", ", flow.Engine.Personas.All.Select(p => p.Id))}): set it to one of them in appsettings.json.");
        }

        _log.LogInformation("Configuration: {File}. Personas: {Personas}.", _settings.File ?? "(none found)", string.Join(", ", flow.Engine.Personas.All.Select(p => p.Id)));
        var credentials = _credentials.Value;
        if (credentials.IsAnonymous)
        {
            _log.LogWarning(
                "MicrosoftAppId is not set: {Route} accepts anonymous requests and posts replies, without a token, only to service URLs on this machine (loopback){AllowList}.",
                MessagesEndpoint.Route, AllowList());
        }
        else
        {
            _log.LogInformation(
                "Bot {AppId} ({AppType}): {Route} requires Bot Connector or Entra tokens, and replies go only to the service URL a token names{AllowList}.",
                credentials.MicrosoftAppId, credentials.MicrosoftAppType, MessagesEndpoint.Route, AllowList());
        }

        var directLine = _services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        _log.LogInformation(directLine.RequiresSecret
            ? "Direct Line at {Route}: tokens only for the secret (DirectLine:Secret); the page asks for it as an access code."
            : "Direct Line at {Route}: anyone who reaches the host may chat (set DirectLine:Secret to require an access code).", DirectLineEndpoints.Route);
        _services.GetRequiredService<TokenSigningKey>();
        var web = _services.GetRequiredService<WebRoot>();
        if (!web.HasWebChatBundle)
        {
            _log.LogWarning("The web page needs Microsoft's Web Chat ({Bundle}), which the build fetches with npm: install Node.js (npm) and build again (./run.sh does).", WebRoot.WebChatBundle);
        }

        var lifetime = _services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = _services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                _log.LogInformation("Web chat: open {Url} in a browser.", PageUrl(address));
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string AllowList() => _services.GetRequiredService<ServiceUrlPolicy>().AllowListCount is var n and > 0
        ? $" or to the {n} on {ConnectorOptions.Section}:{nameof(ConnectorOptions.AllowedServiceUrls)}"
        : string.Empty;
}
