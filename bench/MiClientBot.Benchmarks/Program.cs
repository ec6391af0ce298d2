using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MiClientBot.Benchmarks.CoderBenchmarks).Assembly).Run(args);
