namespace MiClientBot.Coding.Training;

/// <summary>
/// A tiny seeded generator (SplitMix64). System.Random's sequence for a seed is not promised to
/// stay the same across .NET versions; training must give the same model bytes everywhere.
/// </summary>
internal sealed class SplitMix(long seed)
{
    private ulong state = (ulong)seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int NextInt(int exclusiveMax) => (int)(Next() % (ulong)exclusiveMax);

    /// <summary>Fisher-Yates shuffle.</summary>
    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
