using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Storage;

/// <summary>
/// Deletes sessions (state and transcript) untouched for Storage:RetentionDays, at start and then every
/// Storage:SweepInterval. The clock is injected so a test can move past the limit without waiting.
/// </summary>
internal sealed class RetentionSweeper : BackgroundService
{
    private readonly IConversationArchive _archive;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RetentionSweeper> _log;

    public RetentionSweeper(IConversationArchive archive, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionSweeper> log)
    {
        _archive = archive;
        _options = options.Value;
        _time = time;
        _log = log;
    }

    /// <summary>Deletes what is past the retention limit now; returns how many sessions went.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = _time.GetUtcNow() - TimeSpan.FromDays(_options.RetentionDays);
        var deleted = await _archive.DeleteOlderThanAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            _log.LogInformation("Retention: deleted {Count} session(s) idle for more than {Days} days.", deleted, _options.RetentionDays);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.SweepInterval, _time);
        try
        {
            do
            {
                try
                {
                    await SweepOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is System.Data.Common.DbException or IOException or TimeoutException)
                {
                    // The database may be away for a moment; the next tick tries again.
                    _log.LogWarning(e, "Retention sweep failed; retrying in {Interval}.", _options.SweepInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is not a failure, also when the host stops because it could not start (then it reports a cancelled task as one).
        }
    }
}
