namespace MiClientBot.Core.Topics;

/// <summary>
/// Every cue of a set of lists filed by its first word, so one pass over an utterance's words finds
/// the few cues worth testing instead of testing every cue of every list (benchmarked: EngineBenchmarks).
/// </summary>
internal sealed class CueIndex
{
    private readonly Dictionary<string, List<Cue>> _exact = new(StringComparer.Ordinal);

    /// <summary>Phrases filed by their first two words: "hva" opens ninety cues, "hva mer" two.</summary>
    private readonly Dictionary<(string, string), List<Cue>> _pairs = [];
    private readonly Dictionary<string, List<Cue>> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Cue>>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
    private readonly Dictionary<Cue, CueList> _owners = new(ReferenceEqualityComparer.Instance);
    private readonly int _longestStem;

    public CueIndex(IEnumerable<CueList> lists)
    {
        foreach (var list in lists)
        {
            list.Index = this;
            foreach (var cue in list.Cues)
            {
                _owners[cue] = list;
                if (cue.PlainSecond is { } second)
                {
                    if (!_pairs.TryGetValue((cue.First, second), out var paired))
                    {
                        _pairs[(cue.First, second)] = paired = [];
                    }

                    paired.Add(cue);
                    continue;
                }

                var byFirst = cue.FirstIsStem ? _stems : _exact;
                if (!byFirst.TryGetValue(cue.First, out var cues))
                {
                    byFirst[cue.First] = cues = [];
                }

                cues.Add(cue);
                _longestStem = cue.FirstIsStem ? Math.Max(_longestStem, cue.First.Length) : _longestStem;
            }
        }

        _stemLookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every cue of the index found in the words, each at the first word it starts at.</summary>
    public List<CueMatch> Match(IReadOnlyList<string> tokens)
    {
        var found = new List<CueMatch>();
        for (var at = 0; at < tokens.Count; at++)
        {
            var token = tokens[at];
            if (_exact.TryGetValue(token, out var exact))
            {
                Test(exact, tokens, at, found);
            }

            if (at + 1 < tokens.Count && _pairs.TryGetValue((token, tokens[at + 1]), out var paired))
            {
                Test(paired, tokens, at, found);
            }

            for (var length = 1; length <= Math.Min(token.Length, _longestStem); length++)
            {
                if (_stemLookup.TryGetValue(token.AsSpan(0, length), out var stems))
                {
                    Test(stems, tokens, at, found);
                }
            }
        }

        return found;
    }

    private void Test(List<Cue> cues, IReadOnlyList<string> tokens, int at, List<CueMatch> found)
    {
        foreach (var cue in cues)
        {
            if (cue.StartsAt(tokens, at) && !Seen(found, cue))
            {
                found.Add(new CueMatch(_owners[cue], cue, at));
            }
        }
    }

    private static bool Seen(List<CueMatch> found, Cue cue)
    {
        foreach (var match in found)
        {
            if (ReferenceEquals(match.Cue, cue))
            {
                return true;
            }
        }

        return false;
    }
}
