using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// Where the bot may post replies. The activity names its serviceUrl, and a reply there carries the bot's connector
/// token (when registered), so the sender must not choose it freely: a registered bot posts only to the URL its
/// Bot Connector token names, an anonymous one only to its own machine (the Emulator, tests), and both to
/// Connector:AllowedServiceUrls.
/// </summary>
internal sealed class ServiceUrlPolicy
{
    private readonly Uri[] _allowed;

    public ServiceUrlPolicy(IOptions<ConnectorOptions> options) =>
        _allowed = [.. options.Value.AllowedServiceUrls.Select(u => new Uri(u, UriKind.Absolute))];

    public int AllowListCount => _allowed.Length;

    /// <summary>For a registered bot: the token vouches for the URL, or it is on the allow-list.</summary>
    public bool Vouched(AuthOutcome outcome, string? serviceUrl) =>
        InboundAuthenticator.ServiceUrlMatches(outcome, serviceUrl) || AllowListed(serviceUrl);

    /// <summary>For an anonymous bot: the URL is on this machine (a loopback address), or on the allow-list.</summary>
    public bool LocalOrAllowed(string? serviceUrl) =>
        (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback) || AllowListed(serviceUrl);

    private bool AllowListed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && _allowed.Any(a => Covers(a, uri));

    // Same scheme, host and port, and the allowed path is a whole-segment prefix of the service URL's.
    private static bool Covers(Uri allowed, Uri candidate) =>
        string.Equals(allowed.Scheme, candidate.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(allowed.IdnHost, candidate.IdnHost, StringComparison.OrdinalIgnoreCase)
        && allowed.Port == candidate.Port
        && (candidate.AbsolutePath.TrimEnd('/') + "/").StartsWith(allowed.AbsolutePath.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase);
}
