namespace MiClientBot.Core.Topics;

/// <summary>A list of cues; its score in an utterance is the words of the cues found (each cue once).</summary>
internal sealed class CueList
{
    private readonly Cue[] _cues;

    /// <summary>Longest phrases first, so that "en vanlig dag" is counted and "vanlig dag" inside it is not.</summary>
    public CueList(IEnumerable<string> entries) => _cues = [.. entries.Select(Cue.Parse).OfType<Cue>().OrderByDescending(c => c.Weight)];

    /// <summary>An empty list.</summary>
    public static CueList Empty { get; } = new([]);

    public int Count => _cues.Length;

    /// <summary>
    /// Phrases count by their words; words of the text already counted by a longer cue of the list
    /// are not counted again, so "worr*" and "worried", or "vanlig dag" inside "en vanlig dag", count once.
    /// </summary>
    public double Score(IReadOnlyList<string> tokens)
    {
        var counted = 0UL;
        return Score(tokens, ref counted, 0, out _);
    }

    /// <summary>
    /// The score with words already counted by other lists of the same topic left out, and whether
    /// a cue opens one of the clauses (<paramref name="clauseStarts"/>, a bit per word): the question's head.
    /// </summary>
    public double Score(IReadOnlyList<string> tokens, ref ulong counted, ulong clauseStarts, out bool opens)
    {
        var score = 0.0;
        opens = false;
        foreach (var cue in _cues)
        {
            var at = cue.IndexIn(tokens);
            if (at < 0)
            {
                continue;
            }

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

    private static ulong Span(int at, int length)
    {
        if (at >= 64)
        {
            return 0;
        }

        var bits = length >= 64 ? ulong.MaxValue : (1UL << length) - 1;
        return bits << at;
    }

    public bool Any(IReadOnlyList<string> tokens)
    {
        foreach (var cue in _cues)
        {
            if (cue.In(tokens))
            {
                return true;
            }
        }

        return false;
    }
}
