using BenchmarkDotNet.Attributes;
using MiClientBot.Coding;
using MiClientBot.Core;

namespace MiClientBot.Benchmarks;

/// <summary>Coding one trainee move with its client context: the target is a median of at most 50 microseconds.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class CoderBenchmarks
{
    private readonly TraineeMoveCoder coder = TraineeMoveCoder.CreateDefault();

    [Benchmark(Description = "en reflection + question")]
    public CodingResult CodeEnglish() => coder.Code(
        "So you're tired of your wife checking the bins, and part of you wonders whether she has a point. What would you like to do about it?",
        Language.En,
        "My wife keeps checking the recycling bin for bottles and I'm sick of it.");

    [Benchmark(Description = "nb directive")]
    public CodingResult CodeNorwegian() => coder.Code(
        "Du bør slutte å drikke i helgene, ellers kommer du til å miste jobben.",
        Language.Nb,
        "Jeg drikker bare litt i helgene, det er ikke noe problem.");

    [Benchmark(Description = "da short reflection")]
    public CodingResult CodeDanish() => coder.Code(
        "Du er træt af at blive kontrolleret.",
        Language.Da,
        "Jeg gider ikke, at alle skal kontrollere mig.");
}
