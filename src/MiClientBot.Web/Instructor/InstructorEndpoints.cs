using MiClientBot.Core.Scoring;

namespace MiClientBot.Web.Instructor;

/// <summary>
/// /instructor: the class's sessions for the instructor, behind the instructor key. The page, login and
/// static assets are open; everything that shows a session needs the key (401 otherwise).
/// </summary>
internal static class InstructorEndpoints
{
    public const string Route = "/instructor";

    private const string PageSecurity =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapInstructor(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpContext http, InstructorAuth auth) =>
            auth.Accepts(http.Request) ? Page(http, "instructor.html") : Login(http, auth, Route, null));
        endpoints.MapPost(Route + "/login", LoginAsync);
        endpoints.MapPost(Route + "/logout", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(InstructorAuth.CookieName, new CookieOptions { Path = Route });
            return Results.Redirect(Route, permanent: false, preserveMethod: false);
        });
        endpoints.MapGet(Route + "/assets/{name}", (string name) =>
            InstructorAssets.Get(name) is { } text && !name.EndsWith(".html", StringComparison.Ordinal)
                ? Results.Text(text, InstructorAssets.ContentType(name))
                : Results.NotFound());

        var guarded = endpoints.MapGroup(Route).AddEndpointFilter(RequireKeyAsync);
        guarded.MapGet("/api/sessions", async (InstructorSessions sessions, CancellationToken ct) =>
            Results.Json(await sessions.ListAsync(ct), InstructorJson.Options));
        guarded.MapGet("/api/sessions/{id}", async (string id, InstructorSessions sessions, CancellationToken ct) =>
            await sessions.FindAsync(id, ct) is { } found
                ? Results.Json(new SessionExport(found.View, found.Conversation.Transcript), InstructorJson.Options)
                : NoSession());
        guarded.MapGet("/api/sessions/{id}/balloon", async (string id, InstructorSessions sessions, CancellationToken ct) =>
            await sessions.FindAsync(id, ct) is { } found ? Results.Json(found.View, InstructorJson.Options) : NoSession());
        guarded.MapGet("/sessions/{id}/report", async (string id, string? format, InstructorSessions sessions, CancellationToken ct) =>
        {
            if (await sessions.FindAsync(id, ct) is not { } found)
            {
                return NoSession();
            }

            if (sessions.Report(found.Conversation.Stored.State) is not { } report)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No role-play yet",
                    detail: "The trainee has not started a role-play in this session, so there is nothing to report.");
            }

            return format?.ToLowerInvariant() switch
            {
                "json" => Results.Text(ReportWriter.Write(report, ReportFormat.Json), "application/json; charset=utf-8"),
                "md" or "markdown" => Results.Text(ReportWriter.Write(report, ReportFormat.Markdown), "text/markdown; charset=utf-8"),
                _ => Results.Text(ReportWriter.Write(report, ReportFormat.Html), "text/html; charset=utf-8"),
            };
        });
        guarded.MapGet("/sessions/{id}/transcript", async (string id, InstructorSessions sessions, CancellationToken ct) =>
            await sessions.FindAsync(id, ct) is { } found
                ? Results.Text(TranscriptPage.Write(found.View, found.Conversation.Transcript), "text/html; charset=utf-8")
                : NoSession());
        guarded.MapGet("/sessions/{id}/projector", (HttpContext http) => Page(http, "projector.html"));
        guarded.MapGet("/export.csv", async (HttpContext http, InstructorSessions sessions, CancellationToken ct) =>
        {
            http.Response.Headers.ContentDisposition = "attachment; filename=\"miclientbot-sessions.csv\"";
            return Results.Text(CsvExport.Write(await sessions.ListAsync(ct)), "text/csv; charset=utf-8");
        });
        guarded.MapGet("/export.json", async (HttpContext http, InstructorSessions sessions, CancellationToken ct) =>
        {
            http.Response.Headers.ContentDisposition = "attachment; filename=\"miclientbot-sessions.json\"";
            return Results.Json(await sessions.ExportAsync(ct), InstructorJson.Options);
        });
        return endpoints;
    }

    internal static async ValueTask<object?> RequireKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var auth = http.RequestServices.GetRequiredService<InstructorAuth>();

        // Sessions hold trainees' names and words: never cached, never sent on as a referrer.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        if (auth.Accepts(http.Request))
        {
            return await next(context);
        }

        var path = http.Request.Path.Value ?? Route;
        if ((path.StartsWith(Route + "/sessions/", StringComparison.Ordinal) || path.StartsWith(Route + "/classes", StringComparison.Ordinal))
            && !http.Request.Query.ContainsKey("format"))
        {
            return Login(http, auth, path, null);
        }

        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"instructor\"";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Instructor key required", detail: Why(auth));
    }

    private static async Task<IResult> LoginAsync(HttpContext http, InstructorAuth auth)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        var requested = form?["return"].ToString();
        if (requested is not null && !IsPrintableAscii(requested))
        {
            // A Location header cannot carry it (CR/LF would split the response), and our own form never sends it.
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad return path",
                detail: "The return path may hold only printable ASCII characters.");
        }

        var back = SafeReturn(requested);
        if (!auth.IsKey(form?["key"].ToString()))
        {
            return Login(http, auth, back, auth.Enabled ? "That is not the instructor key." : null);
        }

        http.Response.Cookies.Append(InstructorAuth.CookieName, auth.CookieValue, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = Route,
            MaxAge = TimeSpan.FromHours(12),
        });
        return Results.Redirect(back, permanent: false, preserveMethod: false);
    }

    private static IResult Login(HttpContext http, InstructorAuth auth, string back, string? problem)
    {
        http.Response.Headers.ContentSecurityPolicy = PageSecurity;
        http.Response.Headers.CacheControl = "no-store";
        var page = InstructorAssets.LoginPage(problem ?? Why(auth)).Replace("{{return}}", System.Net.WebUtility.HtmlEncode(SafeReturn(back)), StringComparison.Ordinal);
        return Results.Text(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
    }

    internal static IResult Page(HttpContext http, string name)
    {
        http.Response.Headers.ContentSecurityPolicy = PageSecurity;
        http.Response.Headers.CacheControl = "no-store";
        return Results.Text(InstructorAssets.Get(name)!, "text/html; charset=utf-8");
    }

    private static string Why(InstructorAuth auth) => auth.Enabled
        ? $"Enter the instructor key, or send it in the {InstructorAuth.HeaderName} header."
        : "The instructor view is off: set Instructor:Key (at least 16 characters) in appsettings.json or the Instructor__Key environment variable, and restart the host.";

    /// <summary>Only a path inside the instructor view, so the login form cannot send anyone elsewhere.</summary>
    private static string SafeReturn(string? path) =>
        path is { Length: > 0 } p && p.StartsWith(Route, StringComparison.Ordinal) && !p.Contains("//", StringComparison.Ordinal) && !p.Contains('\\', StringComparison.Ordinal)
            ? p
            : Route;

    private static bool IsPrintableAscii(string text) => text.All(c => c is >= ' ' and <= '~');

    private static IResult NoSession() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session",
        detail: "The session may have been deleted by the trainee (/forget) or by the retention sweep.");
}
