namespace MiClientBot.Core.Scoring;

/// <summary>MITI 4.2.1 behaviour counts of a session.</summary>
public sealed record MitiCounts(
    IReadOnlyDictionary<string, int> ByCode,
    int Questions,
    int SimpleReflections,
    int ComplexReflections,
    int MiAdherent,
    int MiNonAdherent)
{
    /// <summary>All reflections.</summary>
    public int Reflections => SimpleReflections + ComplexReflections;
}
