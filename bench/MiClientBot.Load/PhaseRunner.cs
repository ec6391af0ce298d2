using System.Diagnostics;

namespace MiClientBot.Load;

/// <summary>Runs a scenario's workers at once, for a time or for a number of turns each, and keeps what they measured.</summary>
internal sealed class PhaseRunner
{
    private const int MaxErrorsShown = 5;

    private readonly Dictionary<Scenario, ITurnDriver[]> _drivers = [];
    private readonly int _concurrency;
    private int _errorsShown;

    private readonly Func<TimeSpan?> _hostCpu;

    public PhaseRunner(int concurrency, Func<TimeSpan?> hostCpu)
    {
        _concurrency = concurrency;
        _hostCpu = hostCpu;
    }

    /// <summary>All workers turn until <paramref name="seconds"/> have passed; a turn under way is finished, not cut.</summary>
    public Task RunForAsync(Scenario scenario, double seconds, PhaseResult result)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        return RunAsync(scenario, result, _ => Stopwatch.GetTimestamp() < until);
    }

    /// <summary>Each worker takes exactly <paramref name="turnsPerWorker"/> turns.</summary>
    public Task RunCountAsync(Scenario scenario, int turnsPerWorker, PhaseResult result) =>
        RunAsync(scenario, result, done => done < turnsPerWorker);

    public ITurnDriver[] Drivers(Scenario scenario)
    {
        if (!_drivers.TryGetValue(scenario, out var drivers))
        {
            drivers = [.. Enumerable.Range(0, _concurrency).Select(scenario.CreateDriver)];
            _drivers[scenario] = drivers;
        }

        return drivers;
    }

    private async Task RunAsync(Scenario scenario, PhaseResult result, Func<int, bool> goOn)
    {
        var drivers = Drivers(scenario);
        var (hostBefore, toolBefore) = (_hostCpu(), Process.GetCurrentProcess().TotalProcessorTime);
        var started = Stopwatch.GetTimestamp();
        var workers = drivers.Select(d => Task.Run(() => WorkAsync(d, goOn))).ToArray();
        var outcomes = await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var (hostAfter, toolAfter) = (_hostCpu(), Process.GetCurrentProcess().TotalProcessorTime);
        result.AddCpu(hostAfter - hostBefore, toolAfter - toolBefore);
        result.Add(outcomes.SelectMany(o => o.Latencies), outcomes.Sum(o => (long)o.Latencies.Count), outcomes.Sum(o => o.Errors), seconds);
    }

    private async Task<(List<long> Latencies, long Errors)> WorkAsync(ITurnDriver driver, Func<int, bool> goOn)
    {
        var latencies = new List<long>(4096);
        long errors = 0;
        while (goOn(latencies.Count))
        {
            var start = Stopwatch.GetTimestamp();
            string? error;
            try
            {
                error = await driver.TurnAsync(CancellationToken.None);
            }
            catch (HttpRequestException e)
            {
                error = "request failed: " + e.Message;
            }
            catch (TaskCanceledException e)
            {
                error = "request timed out: " + e.Message;
            }

            latencies.Add(Stopwatch.GetTimestamp() - start);
            if (error is not null)
            {
                errors++;
                if (Interlocked.Increment(ref _errorsShown) <= MaxErrorsShown)
                {
                    Console.Error.WriteLine("error: " + error);
                }
            }
        }

        return (latencies, errors);
    }
}
