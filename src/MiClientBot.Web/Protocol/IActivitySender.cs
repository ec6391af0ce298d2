namespace MiClientBot.Web.Protocol;

/// <summary>
/// Where a turn's replies go: the Bot Connector service (Teams, Azure Bot Service) or the host's own
/// Direct Line conversation log (the web page). The bot does not know which.
/// </summary>
internal interface IActivitySender
{
    /// <summary>Delivers the reply; <paramref name="retry"/> false for replies not worth waiting for (typing).</summary>
    Task SendAsync(Activity reply, CancellationToken cancellationToken, bool retry = true);
}
