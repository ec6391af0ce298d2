namespace MiClientBot.Core.Topics;

/// <summary>Turns trainee text into the lower-case words the topic cues are matched against.</summary>
internal static class TopicText
{
    /// <summary>Longest word kept whole on the stack; a longer one is cut (no trainee word is that long).</summary>
    private const int MaxWord = 64;

    /// <summary>Lower-case words; apostrophes are dropped so "don't" and "dont" read alike.</summary>
    public static List<string> Tokenize(string text, bool keepStars = false) => Tokenize(text, keepStars, null);

    /// <summary>
    /// Lower-case words, and where each clause starts (split at , ; : . ! ? dashes and brackets),
    /// read in one pass.
    /// </summary>
    public static List<string> Tokenize(string text, bool keepStars, List<int>? clauseStarts)
    {
        var tokens = new List<string>();
        Span<char> word = stackalloc char[MaxWord];
        var length = 0;
        var clauseOpen = true;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (keepStars && c is '*' or '~' or '$'))
            {
                if (length < MaxWord)
                {
                    word[length++] = c;
                }

                continue;
            }

            if (c is '\'' or '\u2019')
            {
                continue;
            }

            Flush(tokens, word, ref length, ref clauseOpen, clauseStarts);
            if (c is ',' or ';' or ':' or '.' or '!' or '?' or '\u2013' or '\u2014' or '(' or ')')
            {
                clauseOpen = true;
            }
        }

        Flush(tokens, word, ref length, ref clauseOpen, clauseStarts);
        return tokens;
    }

    private static void Flush(List<string> tokens, Span<char> word, ref int length, ref bool clauseOpen, List<int>? clauseStarts)
    {
        if (length == 0)
        {
            return;
        }

        if (clauseOpen)
        {
            clauseStarts?.Add(tokens.Count);
            clauseOpen = false;
        }

        tokens.Add(new string(word[..length]));
        length = 0;
    }
}
