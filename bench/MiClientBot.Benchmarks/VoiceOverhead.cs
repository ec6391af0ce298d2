using System.Diagnostics;
using System.Globalization;

namespace MiClientBot.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- voice-overhead`: the voice's cost per turn on a busy machine, where
/// BenchmarkDotNet's short job is noisy. Many batches; a batch's mean is one sample, and the fastest and
/// the median batch are reported, so other processes' load shows as spread and not as our cost.
/// </summary>
internal static class VoiceOverhead
{
    public static void Run()
    {
        var bench = new VoiceBenchmarks();
        bench.Setup();
        try
        {
            var scripted = Measure(() => bench.Scripted());
            var inProcess = Measure(() => bench.InProcess().GetAwaiter().GetResult());
            var loopback = Measure(() => bench.Loopback().GetAwaiter().GetResult());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scripted turn:                         fastest batch {scripted.Fastest:0.000} ms, median batch {scripted.Median:0.000} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"voiced, phraser answers at once:       fastest batch {inProcess.Fastest:0.000} ms, median batch {inProcess.Median:0.000} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"voiced, fake OpenAI server (loopback): fastest batch {loopback.Fastest:0.000} ms, median batch {loopback.Median:0.000} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overhead per turn: ours {inProcess.Fastest - scripted.Fastest:0.000} ms (median {inProcess.Median - scripted.Median:0.000}), with the OpenAI client and loopback HTTP {loopback.Fastest - scripted.Fastest:0.000} ms (median {loopback.Median - scripted.Median:0.000})"));
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static (double Fastest, double Median) Measure(Action turn)
    {
        for (var i = 0; i < 300; i++)
        {
            turn();
        }

        const int Batches = 40;
        const int PerBatch = 25;
        var means = new double[Batches];
        for (var b = 0; b < Batches; b++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < PerBatch; i++)
            {
                turn();
            }

            means[b] = watch.Elapsed.TotalMilliseconds / PerBatch;
        }

        Array.Sort(means);
        return (means[0], means[Batches / 2]);
    }
}
