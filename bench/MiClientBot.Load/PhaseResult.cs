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

    /// <summary>Host CPU per unit in microseconds (NaN when the host is not the tool's own).</summary>
    public double HostCpuMicroseconds => Turns > 0 && _hostCpu is { } cpu ? cpu.TotalMicroseconds / Turns : double.NaN;

    /// <summary>The load tool's own CPU per unit in microseconds: building requests and checking answers.</summary>
    public double ToolCpuMicroseconds => Turns > 0 ? _toolCpu.TotalMicroseconds / Turns : double.NaN;

    private TimeSpan? _hostCpu = TimeSpan.Zero;
    private TimeSpan _toolCpu;

    /// <summary>Adds the CPU both processes used during a phase, so the cost per unit splits into host and tool.</summary>
    public void AddCpu(TimeSpan? host, TimeSpan tool)
    {
        _hostCpu = _hostCpu is { } sum && host is { } add ? sum + add : null;
        _toolCpu += tool;
    }

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
