using Microsoft.Extensions.Options;
using MiClientBot.Core.Conversations;
using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.Hosting;

/// <summary>
/// Loads the personas when the host starts (a PersonaValidationException with file:line stops it
/// there, not at the first message) and says how requests are authenticated.
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

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var flow = _services.GetRequiredService<ConversationFlow>();
        _log.LogInformation("Configuration: {File}. Personas: {Personas}.", _settings.File ?? "(none found)", string.Join(", ", flow.Engine.Personas.All.Select(p => p.Id)));
        var credentials = _credentials.Value;
        if (credentials.IsAnonymous)
        {
            _log.LogWarning("MicrosoftAppId is not set: {Route} accepts anonymous requests and replies without a token (local use only).", MessagesEndpoint.Route);
        }
        else
        {
            _log.LogInformation("Bot {AppId} ({AppType}): {Route} requires Bot Connector or Entra tokens.", credentials.MicrosoftAppId, credentials.MicrosoftAppType, MessagesEndpoint.Route);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
