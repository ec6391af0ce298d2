using System.Collections.Concurrent;
using MiClientBot.Core.Scoring;

namespace MiClientBot.Web.Reports;

/// <summary>The most recent reports in memory; the oldest are dropped so a long-running host stays small.</summary>
internal sealed class InMemoryReportStore : IReportStore
{
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<string, SessionReport> _reports = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public string Save(SessionReport report)
    {
        // A random id is the only key to a trainee's report: it must not be guessable from another.
        var id = Guid.NewGuid().ToString("N");
        _reports[id] = report;
        _order.Enqueue(id);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _reports.TryRemove(oldest, out _);
        }

        return id;
    }

    public SessionReport? Find(string id) => _reports.TryGetValue(id, out var report) ? report : null;
}
