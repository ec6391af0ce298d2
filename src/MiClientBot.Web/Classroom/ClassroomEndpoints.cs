using System.Text.Json;
using System.Text.Json.Nodes;
using MiClientBot.Core.Drills;
using MiClientBot.Web.Instructor;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// The instructor's side of classroom mode, behind the instructor key: open a class, follow its round, pick a reply,
/// end or delete it, the projector page and the class report. Students use the chat (<see cref="ClassroomBot"/>).
/// </summary>
internal static class ClassroomEndpoints
{
    public const string PagesRoute = InstructorEndpoints.Route + "/classes";
    public const string ApiRoute = InstructorEndpoints.Route + "/api/classes";

    /// <summary>A request body larger than this is no class request.</summary>
    private const int MaxBody = 4096;

    public static IEndpointRouteBuilder MapClassroom(this IEndpointRouteBuilder endpoints)
    {
        var guarded = endpoints.MapGroup(InstructorEndpoints.Route).AddEndpointFilter(InstructorEndpoints.RequireKeyAsync);
        guarded.MapGet("/classes", (HttpContext http) => InstructorEndpoints.Page(http, "classroom.html"));
        guarded.MapGet("/classes/{code}/projector", (HttpContext http) => InstructorEndpoints.Page(http, "class-projector.html"));
        guarded.MapGet("/classes/{code}/report", (string code, string? format, HttpContext http, LiveClasses classes) => Run(() =>
        {
            var report = classes.Get(code).Report();
            return format?.ToLowerInvariant() switch
            {
                "csv" => Download(http, report.Code, "csv", Results.Text(ClassCsv.Write(report), "text/csv; charset=utf-8")),
                "json" => Download(http, report.Code, "json", Results.Json(report, InstructorJson.Options)),
                null or "" or "html" => Results.Text(ClassReportPage.Write(report), "text/html; charset=utf-8"),
                _ => Problem(StatusCodes.Status400BadRequest, "Unknown format", $"The class report comes as format=html (the default), json or csv, not '{format}'."),
            };
        }));

        guarded.MapGet("/api/classes", (LiveClasses classes) => Results.Json(classes.All().Select(ClassSummary.Of), InstructorJson.Options));
        guarded.MapPost("/api/classes", async (HttpContext http, LiveClasses classes) =>
        {
            if (await BodyAsync(http) is not { } body)
            {
                return BadBody("{\"persona\": \"lasse\", \"lang\": \"nb\"}");
            }

            return Run(() =>
            {
                var opened = classes.Open(Text(body, "persona"), Text(body, "lang") ?? Text(body, "language"));
                return Results.Json(ClassSummary.Of(opened), InstructorJson.Options, statusCode: StatusCodes.Status201Created);
            });
        });
        guarded.MapGet("/api/classes/{code}", (string code, LiveClasses classes) => Run(() => Results.Json(classes.Get(code).Feed(), InstructorJson.Options)));
        guarded.MapPost("/api/classes/{code}/pick", async (string code, HttpContext http, LiveClasses classes, ClassDelivery delivery) =>
        {
            if (await BodyAsync(http) is not { } body)
            {
                return BadBody("{\"reply\": \"r3\"}");
            }

            LiveClass live;
            try
            {
                live = classes.Get(code);
                classes.Pick(live, Text(body, "reply"));
            }
            catch (ClassroomException e)
            {
                return Problem(e);
            }

            await delivery.SendRoundAsync(live, http.RequestAborted);
            return Results.Json(live.Feed(), InstructorJson.Options);
        });
        guarded.MapPost("/api/classes/{code}/drill", async (string code, HttpContext http, LiveClasses classes, ClassDelivery delivery, DrillCatalog drills, DrillRunner runner) =>
        {
            // The body is optional: {"drill": "id"} runs that drill, nothing runs the next one the class has not had.
            var body = http.Request.ContentLength is null or 0 ? new JsonObject() : await BodyAsync(http);
            if (body is null)
            {
                return BadBody("{\"drill\": \"sobril-nights\"} (or no body for the next drill)");
            }

            LiveClass live;
            try
            {
                live = classes.Get(code);
                classes.NextDrill(live, Text(body, "drill"), drills, runner);
            }
            catch (ClassroomException e)
            {
                return Problem(e);
            }

            await delivery.SendRoundAsync(live, http.RequestAborted);
            return Results.Json(live.Feed(), InstructorJson.Options);
        });
        guarded.MapPost("/api/classes/{code}/end", async (string code, HttpContext http, LiveClasses classes, ClassDelivery delivery) =>
        {
            LiveClass live;
            try
            {
                live = classes.Get(code);
            }
            catch (ClassroomException e)
            {
                return Problem(e);
            }

            classes.End(live);
            await delivery.SendRoundAsync(live, http.RequestAborted);
            return Results.Json(live.Feed(), InstructorJson.Options);
        });
        guarded.MapDelete("/api/classes/{code}", (string code, LiveClasses classes) => classes.Delete(code)
            ? Results.NoContent()
            : Problem(StatusCodes.Status404NotFound, "No such class", $"There is no class '{code}': it has expired or was deleted already."));
        return endpoints;
    }

    private static IResult Run(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (ClassroomException e)
        {
            return Problem(e);
        }
    }

    private static IResult Download(HttpContext http, string code, string extension, IResult result)
    {
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"miclientbot-class-{code}.{extension}\"";
        return result;
    }

    private static async Task<JsonObject?> BodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength is > MaxBody)
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(http.Request.Body);
            var buffer = new char[MaxBody + 1];
            var read = await reader.ReadBlockAsync(buffer, http.RequestAborted);
            return read > MaxBody ? null : JsonNode.Parse(new string(buffer, 0, read)) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static IResult BadBody(string example) =>
        Problem(StatusCodes.Status400BadRequest, "Bad request body", $"Send a JSON object of at most {MaxBody} bytes, e.g. {example}.");

    private static IResult Problem(ClassroomException e) => e.Error switch
    {
        ClassError.NoSuchClass => Problem(StatusCodes.Status404NotFound, "No such class", e.Message),
        ClassError.UnknownReply => Problem(StatusCodes.Status404NotFound, "No such reply", e.Message),
        ClassError.NoDrills => Problem(StatusCodes.Status404NotFound, "No such drill", e.Message),
        ClassError.UnknownPersona or ClassError.PersonaLanguage => Problem(StatusCodes.Status400BadRequest, "Cannot open that class", e.Message),
        ClassError.TooManyClasses => Problem(StatusCodes.Status409Conflict, "Too many classes", e.Message),
        ClassError.NoRoundOpen or ClassError.ClassEnded or ClassError.RoundMoved => Problem(StatusCodes.Status409Conflict, "No round open", e.Message),
        _ => Problem(StatusCodes.Status400BadRequest, "Bad class request", e.Message),
    };

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
