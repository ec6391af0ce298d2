using System.Text.Json;
using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// One Direct Line conversation's activity log, in order. The watermark is the sequence number of the
/// last activity a client has; it gets those after it. Only the newest activities are kept, so a long
/// session stays small (the role-play itself lives in the conversation store). Each activity is kept as its
/// JSON: a fraction of the memory of the object graph (cards especially), and serialized once, not on every poll.
/// </summary>
internal sealed class DirectLineConversation
{
    public const int MaxActivities = 1000;

    private readonly Lock _gate = new();
    private readonly List<byte[]> _activities = [];
    private long _first;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DirectLineConversation(string id, DateTimeOffset now)
    {
        Id = id;
        LastUsed = now;
    }

    public string Id { get; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>Stores the activity with its Direct Line id and timestamp and returns it as stored.</summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        TaskCompletionSource changed;
        Activity stored;
        lock (_gate)
        {
            var sequence = _first + _activities.Count;
            stored = activity with { Id = $"{Id}|{sequence:D7}", Timestamp = now };
            _activities.Add(JsonSerializer.SerializeToUtf8Bytes(stored, ActivityJson.Options));
            if (_activities.Count > MaxActivities)
            {
                _activities.RemoveAt(0);
                _first++;
            }

            LastUsed = now;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return stored;
    }

    /// <summary>The activities after <paramref name="watermark"/> (all for null or garbage) and the new watermark.</summary>
    public ActivitySet Read(string? watermark)
    {
        lock (_gate)
        {
            var after = long.TryParse(watermark, out var w) ? w : -1;
            var start = (int)Math.Clamp(after + 1 - _first, 0, _activities.Count);
            var last = _first + _activities.Count - 1;
            return new ActivitySet([.. _activities.Skip(start)], last >= 0 ? last.ToString(System.Globalization.CultureInfo.InvariantCulture) : watermark);
        }
    }

    /// <summary>Completes when an activity after <paramref name="watermark"/> is there.</summary>
    public Task WaitAsync(string? watermark, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var after = long.TryParse(watermark, out var w) ? w : -1;
            return _first + _activities.Count - 1 > after ? Task.CompletedTask : _changed.Task.WaitAsync(cancellationToken);
        }
    }
}
