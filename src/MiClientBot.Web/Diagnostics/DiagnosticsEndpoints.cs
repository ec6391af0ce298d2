using Microsoft.Extensions.Options;
using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.Diagnostics;

/// <summary>
/// POST /diagnostics/echo answers the body it got: the same pipeline, body reader and size limit as
/// /api/messages but no bot, so a load run can put the host's turn throughput beside its bare HTTP
/// throughput on the same machine at the same moment. GET /diagnostics/memory gives the managed heap
/// after a full collection, for memory per session. Mapped only when Diagnostics:Enabled is true.
/// </summary>
internal static class DiagnosticsEndpoints
{
    public const string EchoRoute = "/diagnostics/echo";
    public const string MemoryRoute = "/diagnostics/memory";

    public static IEndpointRouteBuilder MapDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapPost(EchoRoute, EchoAsync);
        endpoints.MapGet(MemoryRoute, Memory);
        return endpoints;
    }

    private static async Task<IResult> EchoAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ActivityRequestReader.ReadBodyAsync(request, cancellationToken);
        return body is null ? Results.StatusCode(StatusCodes.Status413PayloadTooLarge) : Results.Bytes(body, "application/json");
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
