namespace MiClientBot.Core.Sessions;

/// <summary>
/// SplitMix64: one 64-bit word of state, fully serializable (System.Random's state is not), and the
/// same sequence on every platform and .NET version.
/// </summary>
internal sealed class SplitMix64(ulong state) : IRandomSource
{
    public ulong State { get; private set; } = state;

    public static ulong FromSeed(long seed) => unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL;

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextULong() % (ulong)maxExclusive);

    private ulong NextULong()
    {
        unchecked
        {
            State += 0x9E3779B97F4A7C15UL;
            var z = State;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
