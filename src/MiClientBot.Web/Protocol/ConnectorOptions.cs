namespace MiClientBot.Web.Protocol;

/// <summary>The "Connector" section of appsettings.json: where, beyond what a channel's token vouches for, replies may be posted.</summary>
internal sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>
    /// Service URLs (or prefixes of them, e.g. https://smba.trafficmanager.net/) the bot may post replies to although no
    /// token names them: a channel whose tokens carry no serviceurl claim, or, for an anonymous host, a connector on
    /// another machine. Empty by default: a registered bot answers only where the Bot Connector's token says, an
    /// anonymous one only on loopback.
    /// </summary>
    public string[] AllowedServiceUrls { get; set; } = [];

    public IEnumerable<string> Validate()
    {
        foreach (var url in AllowedServiceUrls)
        {
            if (!(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                yield return $"Connector:AllowedServiceUrls '{url}' must be an absolute http(s) URL, e.g. https://smba.trafficmanager.net/.";
            }
        }
    }
}
