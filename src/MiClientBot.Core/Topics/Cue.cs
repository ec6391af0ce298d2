namespace MiClientBot.Core.Topics;

/// <summary>One word or phrase of a cue list: each word is exact, or a stem when written with a trailing '*'.</summary>
internal sealed class Cue
{
    private readonly string[] _words;
    private readonly bool[] _stems;

    private Cue(string[] words, bool[] stems)
    {
        _words = words;
        _stems = stems;
    }

    /// <summary>A gap of up to this many words, written '~' in a cue ("who ~ help"); '$' marks the end of the text.</summary>
    private const int MaxGap = 4;

    /// <summary>
    /// How much finding the cue counts: a phrase by its words, and a single content word a little more
    /// than one, so "økonomi" outweighs a bare question frame once frames are damped.
    /// </summary>
    public double Weight { get; private init; }

    /// <summary>Reads "how much" or "drikk*"; null for an empty entry.</summary>
    public static Cue? Parse(string text)
    {
        var parts = TopicText.Tokenize(text, keepStars: true);
        if (parts.Count == 0)
        {
            return null;
        }

        var words = new string[parts.Count];
        var stems = new bool[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            stems[i] = parts[i].EndsWith('*');
            words[i] = stems[i] ? parts[i][..^1] : parts[i];
        }

        var named = words.Count(w => w is not ("~" or "$"));
        return new Cue(words, stems) { Weight = named == 1 ? 1.5 : named };
    }

    /// <summary>The cue's first word (or stem): where the index files it.</summary>
    public string First => _words[0];

    /// <summary>The second word when both the first two are plain words, so the index can file the cue by the pair.</summary>
    public string? PlainSecond => _words.Length >= 2 && !_stems[0] && !_stems[1] && _words[1] is not ("~" or "$") ? _words[1] : null;

    /// <summary>True when the first word is a stem ("drikk*").</summary>
    public bool FirstIsStem => _stems[0];

    /// <summary>The cue's place in its list, longest first; set by the list.</summary>
    public int Rank { get; set; }

    /// <summary>How many words the cue names (a gap counts as one).</summary>
    public int Length => _words.Length;

    /// <summary>True for a single word (or stem), which is counted once per word of the text.</summary>
    public bool IsWord => _words.Length == 1;

    /// <summary>True when the cue occurs anywhere in the tokens (a plain scan, for short texts outside the reader).</summary>
    public bool In(IReadOnlyList<string> tokens) => IndexIn(tokens) >= 0;

    /// <summary>Where the cue starts in the tokens, or -1.</summary>
    public int IndexIn(IReadOnlyList<string> tokens)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (At(tokens, start, 0))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>True when the cue occurs starting at word <paramref name="at"/>.</summary>
    public bool StartsAt(IReadOnlyList<string> tokens, int at) => At(tokens, at, 0);

    private bool At(IReadOnlyList<string> tokens, int at, int word)
    {
        if (word == _words.Length)
        {
            return true;
        }

        if (_words[word] == "$")
        {
            return at == tokens.Count;
        }

        if (_words[word] == "~")
        {
            for (var skip = 0; skip <= MaxGap && at + skip <= tokens.Count; skip++)
            {
                if (At(tokens, at + skip, word + 1))
                {
                    return true;
                }
            }

            return false;
        }

        if (at >= tokens.Count)
        {
            return false;
        }

        var token = tokens[at];
        var match = _stems[word] ? token.StartsWith(_words[word], StringComparison.Ordinal) : token == _words[word];
        return match && At(tokens, at + 1, word + 1);
    }
}
