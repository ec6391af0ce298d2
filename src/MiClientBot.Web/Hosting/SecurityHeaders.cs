using Microsoft.Net.Http.Headers;

namespace MiClientBot.Web.Hosting;

/// <summary>
/// Headers that keep a browser from doing more with our responses than we meant: no content sniffing anywhere, and a
/// Content-Security-Policy on every HTML document. Output is escaped already; these are the second line.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The web page: its own scripts only (no inline script, no eval). Styles may be inline because Web Chat injects
    /// its styles as &lt;style&gt; elements at run time; the report opens in a same-origin frame.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
        + "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Any other HTML (reports, transcripts): no script at all; the report's own inline styles and chart; framed only by
    /// the page (the report dialog).
    /// </summary>
    public const string DocumentPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy)
                && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = DocumentPolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
