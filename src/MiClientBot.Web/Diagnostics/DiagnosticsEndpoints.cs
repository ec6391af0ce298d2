using MiClientBot.Core.Conversations;
using MiClientBot.Core.Resistance;
using MiClientBot.Web.Bot;
using MiClientBot.Web.Protocol;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Diagnostics;

/// <summary>
/// POST /diagnostics/echo answers the body it got: the same pipeline, body reader and size limit as
/// /api/messages but no bot, so a load run can put the host's turn throughput beside its bare HTTP
/// throughput on the same machine at the same moment. POST /diagnostics/protocol is the protocol with no
/// bot: it parses the activity and answers a fixed client line and balloon event, made and serialized as a
/// turn's are, so a load run can tell what the protocol itself costs from what the bot's turn adds.
/// GET /diagnostics/memory gives the managed heap after a full collection, for memory per session. Mapped only
/// when Diagnostics:Enabled is true.
/// </summary>
internal static class DiagnosticsEndpoints
{
    public const string EchoRoute = "/diagnostics/echo";
    public const string ProtocolRoute = "/diagnostics/protocol";
    public const string MemoryRoute = "/diagnostics/memory";

    // A typical turn's answer: one line of the client's and the balloon after it (turn 0, so every answer is alike).
    private const string FixedLine = "**Gary:** The Crown's where I want to be at six o'clock. Always has been.";
    private static readonly MiStateSnapshot FixedState = new(0, "engaging", new ResistanceLevels(62.1, 41.6, 17), 41.5, "sustain");

    public static IEndpointRouteBuilder MapDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapPost(EchoRoute, EchoAsync);
        endpoints.MapPost(ProtocolRoute, ProtocolAsync);
        endpoints.MapGet(MemoryRoute, Memory);
        endpoints.MapVoiceDiagnostics();
        return endpoints;
    }

    private static async Task<IResult> EchoAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ActivityRequestReader.ReadBodyAsync(request, cancellationToken);
        return body is null ? Results.StatusCode(StatusCodes.Status413PayloadTooLarge) : Results.Bytes(body, "application/json");
    }

    private static async Task<IResult> ProtocolAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ActivityRequestReader.ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var (activity, problem) = ActivityRequestReader.Parse(body);
        if ((activity is null ? problem : ActivityRequestReader.MissingFields(activity)) is { } bad)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad activity", detail: bad);
        }

        var turn = new ActivityTurn(activity!, null);
        return MessagesEndpoint.RepliesInResponse([OutputRenderer.Message(turn, FixedLine), OutputRenderer.State(turn, FixedState)]);
    }

    private static IResult Memory()
    {
        // Twice, with finalizers in between, so objects freed by finalizers are gone too.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return Results.Json(new MemoryFigures(GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().HeapSizeBytes, Environment.WorkingSet));
    }
}
