namespace MiClientBot.Web.Hosting;

/// <summary>The "Web" section of appsettings.json: how the host is reached from outside.</summary>
internal sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The public address of this host (e.g. the dev tunnel or App Service URL), used in links to
    /// reports; when empty, links use the address the request came in on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public IEnumerable<string> Validate()
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return $"Web:PublicBaseUrl '{PublicBaseUrl}' must be an absolute http(s) URL.";
        }
    }
}
