namespace MiClientBot.Coding.Cues;

/// <summary>
/// The phrases that open with one word, in lexicon order, with the longer ones also indexed by their
/// second word: "you" and "du" open over a hundred phrases each, and a scan need only try the few
/// whose second word is the next token.
/// </summary>
internal sealed class PhrasesByFirstWord
{
    /// <summary>Phrases of one word, or whose second word is a prefix ("*"): tried whatever follows.</summary>
    private readonly int[] anySecond;

    private readonly Dictionary<string, int[]> bySecond;

    public PhrasesByFirstWord(CuePhrase[] phrases)
    {
        Phrases = phrases;
        var any = new List<int>();
        var second = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < phrases.Length; i++)
        {
            var tokens = phrases[i].Tokens;
            if (tokens.Length == 1 || tokens[1].EndsWith('*'))
            {
                any.Add(i);
            }
            else if (second.TryGetValue(tokens[1], out var list))
            {
                list.Add(i);
            }
            else
            {
                second[tokens[1]] = [i];
            }
        }

        anySecond = [.. any];
        bySecond = second.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>All the phrases, in lexicon order.</summary>
    public CuePhrase[] Phrases { get; }

    /// <summary>
    /// The indices (into <see cref="Phrases"/>) of the phrases that can match when <paramref name="next"/>
    /// follows the first word, as two ascending lists to be read in merged order: no other phrase can.
    /// </summary>
    public (int[] Any, int[] Second) Candidates(string? next) =>
        (anySecond, next is not null && bySecond.TryGetValue(next, out var indices) ? indices : []);
}
