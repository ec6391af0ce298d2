using System.Collections.Concurrent;
using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Turns;

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
    /// The turn of <paramref name="activityId"/>: a new one for the caller to run and complete (<c>Outputs</c> null), or
    /// the outputs of the turn an earlier delivery of the same activity stored, waited for if it is still running (the
    /// store may be slow). When that earlier delivery fails before storing its turn, this one claims the turn anew.
    /// </summary>
    public async Task<(RecentTurn Turn, IReadOnlyList<ConversationOutput>? Outputs)> ClaimAsync(
        string key, string activityId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var turn = Claim(key, activityId, out var isNew);
            if (isNew)
            {
                return (turn, null);
            }

            try
            {
                return (turn, await turn.Outputs.WaitAsync(cancellationToken));
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Forgotten by the delivery that failed: the next round claims the turn anew.
            }
        }
    }

    /// <summary>A claimed turn failed before it was stored: forgets it, so the channel's next delivery runs it, and wakes its waiters.</summary>
    public void Fail(string key, RecentTurn turn, Exception error)
    {
        Forget(key, turn);
        turn.Failed(error);
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
