namespace MiClientBot.Coding.Text;

/// <summary>
/// Splits text into lower-case word tokens (letters, digits, inner apostrophes and hyphens) and
/// sentences. Plain character scanning: no regex, one pass, so coding stays in microseconds.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Longest text we tokenize; a longer move is refused earlier by <see cref="InputGuard"/>.</summary>
    private const int MaxChars = 4000;

    /// <summary>A thread's working lists: only their exact-size copies leave <see cref="Tokenize"/>.</summary>
    [ThreadStatic]
    private static List<string>? t_tokens;

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    [ThreadStatic]
    private static List<int>? t_clauses;

    public static TokenizedText Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return TokenizedText.Empty;
        }

        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        var tokens = t_tokens ??= new List<string>(64);
        var sentences = t_sentences ??= new List<Sentence>(8);
        tokens.Clear();
        sentences.Clear();
        Span<char> buffer = stackalloc char[64];
        var sentenceStart = 0;
        var questionMarks = 0;
        var clauses = t_clauses ??= new List<int>(4);
        clauses.Clear();
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (IsWordChar(c))
            {
                // Over-long "words" (URLs, keyboard mashing) are kept truncated; they only add noise features.
                var length = 0;
                while (i < span.Length && (IsWordChar(span[i]) || (IsJoiner(span[i]) && i + 1 < span.Length && IsWordChar(span[i + 1]) && i > 0 && IsWordChar(span[i - 1]))))
                {
                    var ch = span[i] == '\u2019' ? '\'' : char.ToLowerInvariant(span[i]);
                    if (length < buffer.Length)
                    {
                        buffer[length++] = ch;
                    }

                    i++;
                }

                tokens.Add(TokenPool.Get(buffer[..length]));
                continue;
            }

            // An eye-roll typed after a "reflection" ("so it was the party's fault then 🙄") is sarcasm: it is kept as a
            // word so the packs can name it; other symbols carry no code.
            if (IsSarcasmEmoji(span, i))
            {
                tokens.Add(TokenPool.Get(span.Slice(i, 2)));
                i += 2;
                continue;
            }

            if (c == ',' && tokens.Count > sentenceStart)
            {
                clauses.Add(tokens.Count);
            }

            var terminator = IsPictograph(span, i) && WordFollows(span, i) ? '.' : SentenceTerminator(span, i);
            if (terminator != '\0')
            {
                if (terminator == '?')
                {
                    questionMarks++;
                }

                if (tokens.Count > sentenceStart)
                {
                    sentences.Add(new Sentence(sentenceStart, tokens.Count - sentenceStart, terminator));
                    sentenceStart = tokens.Count;
                }
                else if (terminator == '?' && sentences.Count > 0 && sentences[^1].Terminator != '?')
                {
                    // "Really...?" - the question mark after other punctuation still makes it a question.
                    sentences[^1] = sentences[^1] with { Terminator = '?' };
                }
            }

            i++;
        }

        if (tokens.Count > sentenceStart)
        {
            sentences.Add(new Sentence(sentenceStart, tokens.Count - sentenceStart, '\0'));
        }

        var trimmed = span.Trim();
        var startsWithDash = trimmed.Length > 0 && IsDash(trimmed[0]);
        var endsWithDash = trimmed.Length > 0 && IsDash(trimmed[^1]);
        var lastSentenceStart = sentences.Count == 0 ? 0 : sentences[^1].Start;
        clauses.RemoveAll(c => c < lastSentenceStart || c >= tokens.Count);
        return new TokenizedText([.. tokens], [.. sentences], questionMarks, startsWithDash, endsWithDash, [.. clauses]);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>U+1F644 (face with rolling eyes) and U+1F612 (unamused face), as their UTF-16 surrogate pairs.</summary>
    private static bool IsSarcasmEmoji(ReadOnlySpan<char> span, int i) =>
        span[i] == '\uD83D' && i + 1 < span.Length && span[i + 1] is '\uDE44' or '\uDE12';

    /// <summary>
    /// An emoji between two thoughts ends the first as a full stop would: chat writers put one where others
    /// put '.' ("Ok footy nights = danger zone 😅 Grab a pack..."). Surrogate pairs of the pictograph planes
    /// and the BMP's symbol blocks (☺, ✌, ❤).
    /// </summary>
    private static bool IsPictograph(ReadOnlySpan<char> span, int i) =>
        (span[i] is >= '\uD83C' and <= '\uD83E' && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
        || span[i] is >= '\u2600' and <= '\u27BF';

    /// <summary>Whether a word starts anywhere after <paramref name="i"/>: a closing emoji ends no sentence of its own.</summary>
    private static bool WordFollows(ReadOnlySpan<char> span, int i)
    {
        for (var j = i + 1; j < span.Length; j++)
        {
            if (IsWordChar(span[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Apostrophes and hyphens join "you're", "mm-hmm", "lei-av" into one token.</summary>
    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';

    private static char SentenceTerminator(ReadOnlySpan<char> span, int i)
    {
        var c = span[i];
        return c switch
        {
            '?' or '!' or ';' => c,
            '.' or '\u2026' => '.',
            '\n' => '.',
            '\u2013' or '\u2014' => '-',
            '-' when (i == 0 || span[i - 1] == ' ' || i + 1 >= span.Length || span[i + 1] == ' ' || span[i + 1] == '-') => '-',
            _ => '\0',
        };
    }
}
