using System.Collections.Concurrent;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// Holds byte-identical activity JSON once for all Direct Line conversations. What the bot sends, minus the
/// envelope of ids and accounts, repeats across conversations: every typing activity, the welcome card of a
/// locale, a persona's briefing, the client's authored lines. Bounded and thread-safe: two generations, and
/// when the current one is full it becomes the previous one and the oldest is dropped. Something still in use
/// is found in the previous generation and moved back into the current one, so it stays shared; what was
/// dropped stays alive in the logs that refer to it, only no longer shared with new ones.
/// </summary>
internal sealed class SharedRemainders
{
    /// <summary>Entries per generation: a few locales' cards and typing, personas' briefings and lines, with room to spare.</summary>
    public const int DefaultMaxEntries = 4096;

    /// <summary>Bytes per generation, so the table stays small whatever the bot says.</summary>
    public const int DefaultMaxBytes = 4 * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly int _maxEntries;
    private readonly int _maxBytes;
    private ConcurrentDictionary<byte[], byte[]> _current = New();
    private ConcurrentDictionary<byte[], byte[]> _previous = New();
    private int _entries;
    private long _bytes;

    public SharedRemainders(int maxEntries = DefaultMaxEntries, int maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        _maxEntries = maxEntries;
        _maxBytes = maxBytes;
    }

    /// <summary>Entries in the current generation (what the bound applies to).</summary>
    public int Count => _current.Count;

    /// <summary>The held array with the same bytes as <paramref name="json"/>, or <paramref name="json"/> itself, now held.</summary>
    public byte[] Intern(byte[] json)
    {
        var current = Volatile.Read(ref _current);
        if (current.TryGetValue(json, out var held))
        {
            return held;
        }

        if (json.Length > _maxBytes / 16)
        {
            return json;
        }

        if (Volatile.Read(ref _previous).TryGetValue(json, out var old))
        {
            json = old;
        }

        held = current.GetOrAdd(json, json);
        if (ReferenceEquals(held, json)
            && (Interlocked.Increment(ref _entries) > _maxEntries || Interlocked.Add(ref _bytes, json.Length) > _maxBytes))
        {
            Roll(current);
        }

        return held;
    }

    private void Roll(ConcurrentDictionary<byte[], byte[]> full)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_current, full))
            {
                Volatile.Write(ref _previous, full);
                Volatile.Write(ref _current, New());
                Interlocked.Exchange(ref _entries, 0);
                Interlocked.Exchange(ref _bytes, 0);
            }
        }
    }

    private static ConcurrentDictionary<byte[], byte[]> New() => new(ByteContentComparer.Instance);
}
