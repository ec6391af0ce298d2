using System.Numerics;

namespace MiClientBot.Coding.Model;

/// <summary>
/// The 8-bit weights of the heads that hash one feature set into the same buckets, kept only for the buckets
/// training touched, one row per bucket with every head's classes side by side.
/// </summary>
/// <remarks>
/// Every move looks up a hundred or more scattered buckets in each head it asks. As dense tables the English heads
/// take 2 MB, which falls out of the cache between turns under load, and each head's look-up costs its own cache
/// line. Here a bit per bucket (32 KB for 2^18 buckets) says whether the bucket has weights at all, and a touched
/// bucket's weights for all heads share one short row.
/// </remarks>
internal sealed class SharedWeightTable
{
    private readonly ulong[] _present;
    private readonly int[] _rowsBefore;

    /// <param name="bits">Buckets are 2^bits.</param>
    /// <param name="stride">Weights per row: the classes of all heads that share the table.</param>
    /// <param name="buckets">The touched buckets, ascending.</param>
    /// <param name="rows">Their rows, <paramref name="stride"/> weights each, in the order of <paramref name="buckets"/>.</param>
    public SharedWeightTable(int bits, int stride, IReadOnlyList<int> buckets, sbyte[] rows)
    {
        Bits = bits;
        Stride = stride;
        Rows = rows;
        _present = new ulong[Math.Max(1, (1 << bits) >> 6)];
        foreach (var bucket in buckets)
        {
            _present[bucket >> 6] |= 1UL << (bucket & 63);
        }

        _rowsBefore = new int[_present.Length];
        for (int word = 0, count = 0; word < _present.Length; word++)
        {
            _rowsBefore[word] = count;
            count += BitOperations.PopCount(_present[word]);
        }
    }

    public int Bits { get; }

    public int Stride { get; }

    /// <summary>The rows of the touched buckets, <see cref="Stride"/> weights each.</summary>
    public sbyte[] Rows { get; }

    /// <summary>Where <paramref name="bucket"/>'s row starts in <see cref="Rows"/>; false when training never touched it (all weights zero).</summary>
    public bool TryRow(uint bucket, out int start)
    {
        var word = _present[bucket >> 6];
        var bit = 1UL << (int)(bucket & 63);
        if ((word & bit) == 0)
        {
            start = 0;
            return false;
        }

        start = (_rowsBefore[bucket >> 6] + BitOperations.PopCount(word & (bit - 1))) * Stride;
        return true;
    }
}
