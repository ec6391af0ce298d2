using System.Collections.Concurrent;
using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Analysis;

/// <summary>
/// The client lines read lately. The client's line is the context of the trainee's next move, and the
/// engine's client speaks from a few thousand persona lines that recur across sessions, so each is
/// read once instead of on every move. Thread-safe; bounded by emptying it when full.
/// </summary>
internal static class ClientLines
{
    /// <summary>Room for every persona line of several personas (about 1 KB each).</summary>
    private const int Capacity = 4096;

    private static readonly ConcurrentDictionary<(LanguagePack Pack, string Line), ClientLine> Cache = new();

    public static ClientLine For(string? previousClient, LanguagePack pack)
    {
        if (previousClient is null || previousClient.Length > InputGuard.MaxLength)
        {
            // Not kept: a pasted text would hold the cache's memory for nothing (the guard refuses it anyway).
            return ClientLine.Empty;
        }

        var key = (pack, previousClient);
        if (Cache.TryGetValue(key, out var line))
        {
            return line;
        }

        line = InputGuard.Reject(previousClient) is null ? ClientLine.Read(Tokenizer.Tokenize(previousClient), pack) : ClientLine.Empty;
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }

        Cache.TryAdd(key, line);
        return line;
    }
}
