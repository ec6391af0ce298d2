using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Conversations;

/// <summary>
/// A transcript as an immutable chain of the batches turns added, newest first: appending a turn's lines makes one
/// link and shares the rest, so a session of n turns costs n links rather than n copies of a growing list. Read
/// back in order only when the instructor opens the session.
/// </summary>
internal sealed class TranscriptLog
{
    public static readonly TranscriptLog Empty = new(null, [], 0);

    private readonly TranscriptLog? _earlier;
    private readonly IReadOnlyList<TranscriptLine> _batch;

    private TranscriptLog(TranscriptLog? earlier, IReadOnlyList<TranscriptLine> batch, int count)
    {
        _earlier = earlier;
        _batch = batch;
        Count = count;
    }

    /// <summary>The number of lines in the whole transcript.</summary>
    public int Count { get; }

    /// <summary>This transcript with <paramref name="lines"/> after it (the list must not change afterwards).</summary>
    public TranscriptLog Append(IReadOnlyList<TranscriptLine> lines) =>
        lines.Count == 0 ? this : new TranscriptLog(this, lines, Count + lines.Count);

    /// <summary>All lines, oldest first.</summary>
    public TranscriptLine[] ToArray()
    {
        var all = new TranscriptLine[Count];
        var end = Count;
        for (var link = this; link is not null; link = link._earlier)
        {
            end -= link._batch.Count;
            for (var i = 0; i < link._batch.Count; i++)
            {
                all[end + i] = link._batch[i];
            }
        }

        return all;
    }
}
