namespace MiClientBot.Core.Topics;

/// <summary>A list of cues; its score in an utterance is the words of the cues found (each cue once).</summary>
internal sealed class CueList
{
    private readonly Cue[] _cues;

    public CueList(IEnumerable<string> entries) => _cues = [.. entries.Select(Cue.Parse).OfType<Cue>()];

    /// <summary>An empty list.</summary>
    public static CueList Empty { get; } = new([]);

    public int Count => _cues.Length;

    /// <summary>
    /// Phrases count by their words; single words count once per word of the text, so a list that
    /// holds both "worr*" and "worried" does not count "worried" twice.
    /// </summary>
    public double Score(IReadOnlyList<string> tokens)
    {
        var score = 0.0;
        var counted = 0UL;
        foreach (var cue in _cues)
        {
            var at = cue.IndexIn(tokens);
            if (at < 0)
            {
                continue;
            }

            if (cue.IsWord && at < 64)
            {
                if ((counted & (1UL << at)) != 0)
                {
                    continue;
                }

                counted |= 1UL << at;
            }

            score += cue.Weight;
        }

        return score;
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
