using System.Net.Http.Json;

namespace MiClientBot.Load;

/// <summary>
/// Memory per active session: the host's live managed heap after a full collection, before and after
/// creating a number of sessions that each started a role-play and took a few moves, divided by that number.
/// </summary>
internal static class MemoryProbe
{
    public const int MovesPerSession = 3;

    public static async Task<double> BytesPerSessionAsync(HttpClient http, PhaseRunner runner, Scenario sessions, int count, int concurrency, PhaseResult result)
    {
        var perWorker = (count + concurrency - 1) / concurrency;
        var created = perWorker * concurrency;
        var before = await LiveBytesAsync(http);
        await runner.RunCountAsync(sessions, perWorker * runner.Drivers(sessions)[0].TurnsPerConversation, result);
        var after = await LiveBytesAsync(http);
        Console.WriteLine($"memory  {sessions.Name,-30} {created} sessions: live heap {before / 1048576.0:F1} -> {after / 1048576.0:F1} MB = {(after - before) / 1024.0 / created:F2} KB/session");
        return (after - before) / (double)created;
    }

    private static async Task<long> LiveBytesAsync(HttpClient http)
    {
        var figures = await http.GetFromJsonAsync<Figures>("/diagnostics/memory") ?? throw new InvalidOperationException("No memory figures.");
        return figures.LiveBytes;
    }

    private sealed record Figures(long LiveBytes, long HeapBytes, long WorkingSetBytes);
}
