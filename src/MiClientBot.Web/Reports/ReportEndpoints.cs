using MiClientBot.Core.Conversations;
using MiClientBot.Core.Scoring;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Reports;

/// <summary>GET /reports/{ticket}: the full report as self-contained HTML (or ?format=json|md), rebuilt from the stored session.</summary>
internal static class ReportEndpoints
{
    public const string Route = "/reports";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route + "/{ticket}", ShowAsync);
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(
        string ticket, string? format, IConversationArchive archive, ReportTickets tickets, ConversationFlow flow, CancellationToken cancellationToken)
    {
        var stored = ReportTickets.TryRead(ticket, out var sessionId, out _) ? await archive.FindAsync(sessionId, cancellationToken) : null;
        if (stored is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report",
                detail: "This report does not exist, or its session was deleted (/forget or the retention period).");
        }

        if (tickets.Rewind(ticket, stored.Stored.State) is not { } then)
        {
            // The same conversation now holds a later role-play (or the link was altered): never show another report in its place.
            return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Report no longer available",
                detail: "This conversation has started a new role-play since the report was made; ask for /feedback again.");
        }

        var report = flow.BuildReport(then);
        return format?.ToLowerInvariant() switch
        {
            "json" => Results.Text(ReportWriter.Write(report, ReportFormat.Json), "application/json; charset=utf-8"),
            "md" or "markdown" => Results.Text(ReportWriter.Write(report, ReportFormat.Markdown), "text/markdown; charset=utf-8"),
            _ => Results.Text(ReportWriter.Write(report, ReportFormat.Html), "text/html; charset=utf-8"),
        };
    }
}
