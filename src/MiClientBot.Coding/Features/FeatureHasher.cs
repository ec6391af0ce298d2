namespace MiClientBot.Coding.Features;

/// <summary>
/// Stable 32-bit FNV-1a hashing of feature names. string.GetHashCode is randomised per process,
/// so it cannot be used for a model that is trained once and loaded later.
/// </summary>
internal static class FeatureHasher
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Hash(string text) => Hash(OffsetBasis, text);

    public static uint Hash(uint seed, string text) => Hash(seed, text.AsSpan());

    /// <summary>The hash of a part of a word, without making a string of it.</summary>
    public static uint Hash(ReadOnlySpan<char> text) => Hash(OffsetBasis, text);

    private static uint Hash(uint seed, ReadOnlySpan<char> text)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
            hash = (hash ^ (uint)(c >> 8)) * Prime;
        }

        return Finish(hash);
    }

    /// <summary>Combines a namespace with one or two already hashed parts, without building strings.</summary>
    public static uint Combine(uint ns, uint a, uint b = 0x9E3779B9)
    {
        var hash = (ns ^ a) * 0x85EBCA6B;
        hash = (hash ^ (hash >> 13) ^ b) * 0xC2B2AE35;
        return Finish(hash);
    }

    private static uint Finish(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7FEB352D;
        hash ^= hash >> 15;
        hash *= 0x846CA68B;
        hash ^= hash >> 16;
        return hash;
    }
}
