using BenchmarkDotNet.Running;
using MiClientBot.Benchmarks;

if (args.Length > 0 && args[0] == "voice-overhead")
{
    VoiceOverhead.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CoderBenchmarks).Assembly).Run(args);
