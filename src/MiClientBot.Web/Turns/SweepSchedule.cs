namespace MiClientBot.Web.Turns;

/// <summary>
/// Lets one caller through once per interval. In-memory maps are swept on the request path, and a sweep on every
/// request would cost more the more entries there are.
/// </summary>
internal sealed class SweepSchedule
{
    private readonly long _intervalTicks;
    private long _nextTicks;

    public SweepSchedule(TimeSpan interval) => _intervalTicks = interval.Ticks;

    /// <summary>True for the one caller that finds the sweep due at <paramref name="now"/>.</summary>
    public bool TryStart(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextTicks);
        return now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextTicks, now.UtcTicks + _intervalTicks, due) == due;
    }
}
