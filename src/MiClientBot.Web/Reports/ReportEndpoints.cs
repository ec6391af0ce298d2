using MiClientBot.Core.Scoring;

namespace MiClientBot.Web.Reports;

/// <summary>GET /reports/{id}: the full report as self-contained HTML (or ?format=json|md).</summary>
internal static class ReportEndpoints
{
    public const string Route = "/reports";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route + "/{id}", (string id, string? format, IReportStore reports) =>
        {
            if (reports.Find(id) is not { } report)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report",
                    detail: "Reports are kept in memory and are gone after the host restarts.");
            }

            return format?.ToLowerInvariant() switch
            {
                "json" => Results.Text(ReportWriter.Write(report, ReportFormat.Json), "application/json; charset=utf-8"),
                "md" or "markdown" => Results.Text(ReportWriter.Write(report, ReportFormat.Markdown), "text/markdown; charset=utf-8"),
                _ => Results.Text(ReportWriter.Write(report, ReportFormat.Html), "text/html; charset=utf-8"),
            };
        });
        return endpoints;
    }
}
