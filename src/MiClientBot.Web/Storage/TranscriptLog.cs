namespace MiClientBot.Web.Storage;

/// <summary>
/// A transcript that grows like a slice: versions share one array, and a turn's lines go into the free slots after
/// the version it was computed on, claimed atomically by whichever writer comes first. Appending costs no copy
/// except when the array is full (it doubles), so a session of n turns costs O(n) in all, where copying the whole
/// transcript on every turn cost O(n²); memory stays one array with at most half of it spare.
/// </summary>
internal sealed class TranscriptLog
{
    public static readonly TranscriptLog Empty = new([], 0);

    // Slots below Count are this version's; the ones above belong to whichever version claimed them first.
    private readonly TranscriptLine?[] _lines;

    private TranscriptLog(TranscriptLine?[] lines, int count)
    {
        _lines = lines;
        Count = count;
    }

    /// <summary>The number of lines in the whole transcript.</summary>
    public int Count { get; }

    /// <summary>This transcript with <paramref name="lines"/> after it; this version itself does not change.</summary>
    public TranscriptLog Append(IReadOnlyList<TranscriptLine> lines)
    {
        if (lines.Count == 0)
        {
            return this;
        }

        var count = Count + lines.Count;

        // Only the writer that claims the first free slot may fill the ones after it; a writer that loses the claim
        // (another version was appended to the same one) copies, so neither sees the other's lines.
        if (count <= _lines.Length && Interlocked.CompareExchange(ref _lines[Count], lines[0], null) is null)
        {
            for (var i = 1; i < lines.Count; i++)
            {
                _lines[Count + i] = lines[i];
            }

            return new TranscriptLog(_lines, count);
        }

        var grown = new TranscriptLine?[Math.Max(count, Math.Max(4, _lines.Length * 2))];
        Array.Copy(_lines, grown, Count);
        for (var i = 0; i < lines.Count; i++)
        {
            grown[Count + i] = lines[i];
        }

        return new TranscriptLog(grown, count);
    }

    /// <summary>All lines, oldest first.</summary>
    public TranscriptLine[] ToArray() => _lines.AsSpan(0, Count).ToArray()!;
}
