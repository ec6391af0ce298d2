namespace MiClientBot.Web.Hosting;

/// <summary>The address clients reach the host at: Web:PublicBaseUrl when set (behind a tunnel or proxy), else the request's.</summary>
internal static class PublicOrigin
{
    public const string Fallback = "http://localhost:3978";

    public static string Of(WebOptions options, HttpRequest? request) =>
        !string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? options.PublicBaseUrl.TrimEnd('/')
            : request is null ? Fallback : $"{request.Scheme}://{request.Host}{request.PathBase}";
}
