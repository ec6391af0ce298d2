namespace MiClientBot.Core.Sessions;

/// <summary>Notices when the trainee says (nearly) the same thing again, so a repeated reflection loses its effect.</summary>
internal static class RepetitionDetector
{
    /// <summary>Moves remembered: enough to notice a parrot cycling ten stock reflections.</summary>
    public const int Remembered = 12;
    private const int MaxFingerprint = 96;
    private const double SameWords = 0.7;

    /// <summary>Words of a fingerprint held on the stack; a longer (foreign) one goes to the heap.</summary>
    private const int StackWords = 64;

    private const uint HashBasis = 2166136261;
    private const uint HashPrime = 16777619;

    /// <summary>A short, case- and punctuation-free form of the move.</summary>
    public static string Fingerprint(string text)
    {
        // A word's separating space and first letter are added together, so one past the limit fits.
        Span<char> buffer = stackalloc char[MaxFingerprint + 1];
        var length = 0;
        var space = false;
        foreach (var ch in text)
        {
            if (length >= MaxFingerprint)
            {
                break;
            }

            if (char.IsLetterOrDigit(ch))
            {
                if (space && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = char.ToLowerInvariant(ch);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>
    /// How many of the remembered moves share most of their words with <paramref name="fingerprint"/>:
    /// distinct words in common over distinct words in either (Jaccard), read in place rather than split.
    /// </summary>
    public static int Count(IReadOnlyList<string> recent, string fingerprint)
    {
        if (fingerprint.Length == 0)
        {
            return 0;
        }

        Span<Word> mine = stackalloc Word[StackWords];
        Span<Word> theirs = stackalloc Word[StackWords];
        var wordCount = DistinctWords(fingerprint, ref mine);
        var count = 0;
        for (var r = 0; r < recent.Count; r++)
        {
            var other = recent[r];
            var otherCount = DistinctWords(other, ref theirs);
            var shared = 0;
            foreach (var word in mine[..wordCount])
            {
                if (IndexOf(theirs[..otherCount], other, word, fingerprint) >= 0)
                {
                    shared++;
                }
            }

            var union = wordCount + otherCount - shared;
            if (union > 0 && (double)shared / union >= SameWords)
            {
                count++;
            }
        }

        return count;
    }

    public static IReadOnlyList<string> Remember(IReadOnlyList<string> recent, string fingerprint)
    {
        if (fingerprint.Length == 0)
        {
            return recent;
        }

        // The last Remembered - 1 moves and this one.
        var keep = Math.Min(recent.Count, Remembered - 1);
        var list = new string[keep + 1];
        for (var i = 0; i < keep; i++)
        {
            list[i] = recent[recent.Count - keep + i];
        }

        list[keep] = fingerprint;
        return list;
    }

    /// <summary>
    /// The distinct words of <paramref name="text"/> split on single spaces exactly as string.Split(' ')
    /// does (empty words included); <paramref name="words"/> grows if too small.
    /// </summary>
    private static int DistinctWords(string text, ref Span<Word> words)
    {
        if (text.Length >= words.Length && text.AsSpan().Count(' ') + 1 > words.Length)
        {
            words = new Word[text.AsSpan().Count(' ') + 1];
        }

        var count = 0;
        var start = 0;
        var hash = HashBasis;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ' ')
            {
                hash = (hash ^ text[i]) * HashPrime;
                continue;
            }

            var word = new Word(start, i - start, hash);
            if (IndexOf(words[..count], text, word, text) < 0)
            {
                words[count++] = word;
            }

            start = i + 1;
            hash = HashBasis;
        }

        return count;
    }

    /// <summary>Where <paramref name="word"/> of <paramref name="wordText"/> is among <paramref name="words"/> of <paramref name="text"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<Word> words, string text, Word word, string wordText)
    {
        for (var i = 0; i < words.Length; i++)
        {
            // The hash only rules words out; equal hashes are checked letter by letter.
            if (words[i].Hash == word.Hash && words[i].Length == word.Length
                && text.AsSpan(words[i].Start, words[i].Length).SequenceEqual(wordText.AsSpan(word.Start, word.Length)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A word of a fingerprint: where it is and an FNV-1a hash of its letters.</summary>
    private readonly record struct Word(int Start, int Length, uint Hash);
}
