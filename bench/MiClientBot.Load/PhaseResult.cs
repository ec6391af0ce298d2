using System.Diagnostics;

namespace MiClientBot.Load;

/// <summary>What one scenario did over all its measured phases: turns, errors, time, and every latency.</summary>
internal sealed class PhaseResult
{
    private readonly List<long> _latencies = [];

    public PhaseResult(Scenario scenario) => Scenario = scenario;

    public Scenario Scenario { get; }

    public long Turns { get; private set; }

    public long Errors { get; private set; }

    public double Seconds { get; private set; }

    public double PerSecond => Seconds > 0 ? Turns / Seconds : 0;

    public void Add(IEnumerable<long> latencies, long turns, long errors, double seconds)
    {
        _latencies.AddRange(latencies);
        Turns += turns;
        Errors += errors;
        Seconds += seconds;
    }

    /// <summary>The latency at quantile <paramref name="q"/> (0..1) in milliseconds.</summary>
    public double PercentileMs(double q)
    {
        if (_latencies.Count == 0)
        {
            return double.NaN;
        }

        _latencies.Sort();
        var index = (int)Math.Min(_latencies.Count - 1, Math.Ceiling(q * _latencies.Count) - 1);
        return _latencies[Math.Max(0, index)] * 1000.0 / Stopwatch.Frequency;
    }
}
