namespace MiClientBot.Core.Topics;

/// <summary>An utterance's words and the cues found in them, matched once per index and grouped by list.</summary>
internal sealed class Words(List<string> tokens)
{
    private static readonly List<CueMatch> None = [];

    private readonly List<CueIndex> _matched = new(3);
    private readonly Dictionary<CueList, List<CueMatch>> _byList = new(ReferenceEqualityComparer.Instance);

    public List<string> Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    public string this[int i] => Tokens[i];

    public List<string>.Enumerator GetEnumerator() => Tokens.GetEnumerator();

    /// <summary>The cues of <paramref name="list"/> found in the words, in the order they were found.</summary>
    public List<CueMatch> Of(CueList list)
    {
        if (list.Index is not { } index)
        {
            return None;
        }

        if (!_matched.Contains(index))
        {
            _matched.Add(index);
            foreach (var match in index.Match(Tokens))
            {
                if (!_byList.TryGetValue(match.List, out var mine))
                {
                    _byList[match.List] = mine = new List<CueMatch>(2);
                }

                mine.Add(match);
            }
        }

        return _byList.TryGetValue(list, out var found) ? found : None;
    }
}
