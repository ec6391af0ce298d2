using System.Collections.Concurrent;
using System.Net;

namespace MiClientBot.Web.Instructor;

/// <summary>The instructor pages, scripts and styles, embedded in the assembly (Instructor/Assets).</summary>
internal static class InstructorAssets
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);

    public static string? Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(InstructorAssets).Assembly.GetManifestResourceStream("Instructor." + n);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "text/html; charset=utf-8",
    };

    /// <summary>The login page with a message (HTML-encoded) above the form.</summary>
    public static string LoginPage(string message) =>
        Get("login.html")!.Replace("{{message}}", WebUtility.HtmlEncode(message), StringComparison.Ordinal);
}
