namespace MiClientBot.Core.Topics;

/// <summary>A list of cues; its score in an utterance is the words of the cues found (each cue once).</summary>
internal sealed class CueList
{
    private readonly Cue[] _cues;

    /// <summary>Longest phrases first, so that "en vanlig dag" is counted and "vanlig dag" inside it is not.</summary>
    public CueList(IEnumerable<string> entries)
    {
        _cues = [.. entries.Select(Cue.Parse).OfType<Cue>().OrderByDescending(c => c.Weight)];
        for (var i = 0; i < _cues.Length; i++)
        {
            _cues[i].Rank = i;
        }
    }

    public int Count => _cues.Length;

    public IReadOnlyList<Cue> Cues => _cues;

    /// <summary>The index that files this list's cues; every list belongs to one.</summary>
    public CueIndex? Index { get; set; }

    /// <summary>The score alone.</summary>
    public double Score(Words words)
    {
        var counted = 0UL;
        return Score(words, ref counted, 0, out _);
    }

    /// <summary>
    /// Phrases count by their words; words of the text already counted by a longer cue (of this list
    /// or another list of the same topic, <paramref name="counted"/>) are not counted again, so "worr*"
    /// and "worried", or "vanlig dag" inside "en vanlig dag", count once. <paramref name="opens"/> tells
    /// whether a cue opens one of the clauses (<paramref name="clauseStarts"/>, a bit per word): the question's head.
    /// </summary>
    public double Score(Words words, ref ulong counted, ulong clauseStarts, out bool opens)
    {
        var score = 0.0;
        opens = false;
        var matches = words.Of(this);
        if (matches.Count == 0)
        {
            return 0;
        }

        // Longest cues first: the rank is the cue's place in the list.
        Span<int> order = stackalloc int[matches.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        for (var i = 1; i < order.Length; i++)
        {
            for (var j = i; j > 0 && matches[order[j]].Cue.Rank < matches[order[j - 1]].Cue.Rank; j--)
            {
                (order[j], order[j - 1]) = (order[j - 1], order[j]);
            }
        }
        foreach (var i in order)
        {
            var (_, cue, at) = matches[i];
            var span = Span(at, cue.Length);
            if ((counted & span) != 0)
            {
                continue;
            }

            counted |= span;
            score += cue.Weight;
            opens |= at < 64 && (clauseStarts & (1UL << at)) != 0;
        }

        return score;
    }

    /// <summary>True when a cue starts at one of the word positions in <paramref name="positions"/> (a bit per word).</summary>
    public bool AnyAt(Words words, ulong positions)
    {
        foreach (var match in words.Of(this))
        {
            if (match.At < 64 && (positions & (1UL << match.At)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool Any(Words words) => words.Of(this).Count > 0;

    private static ulong Span(int at, int length)
    {
        if (at >= 64)
        {
            return 0;
        }

        var bits = length >= 64 ? ulong.MaxValue : (1UL << length) - 1;
        return bits << at;
    }
}
