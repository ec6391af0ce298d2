using System.Collections.Concurrent;
using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Conversations;

/// <summary>
/// The last inbound activity each conversation's turn came from, in this host's memory. Channels deliver an activity
/// again when the bot answered it with a 5xx or took too long (Teams retries after 15 seconds), with the same id;
/// counting the move twice would code it twice and move the balloon twice.
/// </summary>
/// <remarks>
/// Only the last activity per conversation is kept: a redelivery comes before the trainee's next message is answered.
/// Several hosts sharing a database each know only the activities they handled.
/// </remarks>
internal sealed class RecentTurns
{
    /// <summary>How long an activity is recognized when it comes again (channels give up on redelivery within minutes).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, RecentTurn> _last = new(StringComparer.Ordinal);
    private readonly SweepSchedule _sweeps = new(TimeSpan.FromMinutes(1));
    private readonly TimeProvider _time;

    public RecentTurns(TimeProvider time) => _time = time;

    public int Count => _last.Count;

    /// <summary>
    /// Runs the turn of <paramref name="activityId"/> once, however often the channel delivers it, and delivers its
    /// replies. A redelivery waits for the turn the earlier delivery started (the store may be slow), then sends the
    /// replies again only if they go in the response (<paramref name="repliesInResponse"/>) or never reached the
    /// channel; if the earlier delivery failed before its turn was stored, the redelivery runs the turn.
    /// </summary>
    public async Task RunOnceAsync(
        string key,
        string activityId,
        bool repliesInResponse,
        Func<Task<IReadOnlyList<ConversationOutput>>> run,
        Func<IReadOnlyList<ConversationOutput>, Task> deliver,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var recent = Claim(key, activityId, out var isNew);
            IReadOnlyList<ConversationOutput> outputs;
            if (isNew)
            {
                try
                {
                    outputs = await run();
                }
                catch (Exception e)
                {
                    Forget(key, recent);
                    recent.Failed(e);
                    throw;
                }

                recent.Stored(outputs);
            }
            else
            {
                try
                {
                    outputs = await recent.Outputs.WaitAsync(cancellationToken);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // Forgotten by the delivery that failed: the next round claims the turn anew.
                    continue;
                }

                if (!repliesInResponse && !recent.TryClaimResend())
                {
                    return;
                }
            }

            try
            {
                await deliver(outputs);
            }
            catch
            {
                recent.MarkUndelivered();
                throw;
            }

            return;
        }
    }

    /// <summary>
    /// The turn of <paramref name="activityId"/> in conversation <paramref name="key"/>: a new one for the caller to run
    /// (<paramref name="isNew"/>), or the one an earlier delivery of the same activity started.
    /// </summary>
    public RecentTurn Claim(string key, string activityId, out bool isNew)
    {
        var now = _time.GetUtcNow();
        Sweep(now);
        while (true)
        {
            var known = _last.TryGetValue(key, out var last);
            if (known && string.Equals(last!.ActivityId, activityId, StringComparison.Ordinal) && now - last.Started <= Lifetime)
            {
                isNew = false;
                return last;
            }

            var fresh = new RecentTurn(activityId, now);
            if (known ? _last.TryUpdate(key, fresh, last!) : _last.TryAdd(key, fresh))
            {
                isNew = true;
                return fresh;
            }
        }
    }

    /// <summary>Forgets a turn that failed before it was stored, so that the channel's next delivery runs it.</summary>
    public void Forget(string key, RecentTurn turn) => _last.TryRemove(new KeyValuePair<string, RecentTurn>(key, turn));

    private void Sweep(DateTimeOffset now)
    {
        if (!_sweeps.TryStart(now))
        {
            return;
        }

        foreach (var entry in _last)
        {
            if (now - entry.Value.Started > Lifetime)
            {
                _last.TryRemove(entry);
            }
        }
    }
}
