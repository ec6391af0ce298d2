using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Cues;

/// <summary>
/// The cue phrases of one language, indexed by their first word (and then their second, see
/// <see cref="PhrasesByFirstWord"/>) so a scan costs a dictionary look-up or two per token. A phrase whose last word ends in "*" matches any word with that prefix
/// ("frustrat*" matches "frustrated", "frustrating"); such phrases are indexed by their first
/// three letters.
/// </summary>
internal sealed class CueLexicon
{
    private const int PrefixKeyLength = 3;

    private readonly Dictionary<string, PhrasesByFirstWord> byFirstToken;
    private readonly Dictionary<string, CuePhrase[]> byPrefix;

    /// <summary><see cref="byPrefix"/> looked up by a token's first letters without cutting a string out of it.</summary>
    private readonly Dictionary<string, CuePhrase[]>.AlternateLookup<ReadOnlySpan<char>> byPrefixSpan;

    /// <summary>
    /// The categories whose phrases also match with one filler word inside ("you should really", "kanskje du
    /// bare burde", "du må jo"): trainees type fillers into advice and reproach, and the act stays the same.
    /// </summary>
    private static readonly HashSet<CueCategory> FillerTolerant =
        [CueCategory.Directive, CueCategory.Warning, CueCategory.Suggestion, CueCategory.Confront, CueCategory.Autonomy,
            CueCategory.PermissionHedge, CueCategory.Collaboration];

    /// <summary>
    /// The categories whose sentence-anchored phrases ("^try", "^prøv å", "^have you considered") also match after
    /// openers ("so try...", "så prøv i det mindste...", "ok have you considered..."): an opener does not make an
    /// imperative or a suggestion anything else.
    /// </summary>
    private static readonly HashSet<CueCategory> OpenerTolerant = [CueCategory.Directive, CueCategory.Suggestion];

    /// <summary>At most this many openers before an anchored phrase ("ok so try").</summary>
    private const int MaxOpeners = 2;

    private readonly HashSet<string> openers;

    public CueLexicon(
        IEnumerable<(CueCategory Category, string[] Phrases)> groups, IReadOnlyCollection<string>? fillers = null,
        IReadOnlyCollection<string>? openers = null)
    {
        this.openers = new HashSet<string>(openers ?? [], StringComparer.Ordinal);
        groups = WithFillers(groups, fillers ?? []);
        var exact = new Dictionary<string, List<CuePhrase>>(StringComparer.Ordinal);
        var prefix = new Dictionary<string, List<CuePhrase>>(StringComparer.Ordinal);
        foreach (var (category, phrases) in groups)
        {
            foreach (var source in phrases)
            {
                var anchored = source.StartsWith('^');
                var text = anchored ? source[1..] : source;
                var closing = text.EndsWith('$');
                text = closing ? text[..^1] : text;
                var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var phrase = new CuePhrase(tokens, category, anchored, text.Replace("*", string.Empty, StringComparison.Ordinal), closing);
                var first = tokens[0];
                if (tokens.Length == 1 && first.EndsWith('*'))
                {
                    Add(prefix, first[..Math.Min(PrefixKeyLength, first.Length - 1)], phrase);
                }
                else
                {
                    Add(exact, first, phrase);
                }
            }
        }

        byFirstToken = exact.ToDictionary(p => p.Key, p => new PhrasesByFirstWord([.. p.Value]), StringComparer.Ordinal);
        byPrefix = prefix.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        byPrefixSpan = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Each phrase of a filler-tolerant category, and its variants with one filler between two of its words.</summary>
    private static IEnumerable<(CueCategory Category, string[] Phrases)> WithFillers(
        IEnumerable<(CueCategory Category, string[] Phrases)> groups, IReadOnlyCollection<string> fillers)
    {
        foreach (var (category, phrases) in groups)
        {
            if (fillers.Count == 0 || !FillerTolerant.Contains(category))
            {
                yield return (category, phrases);
                continue;
            }

            var all = new List<string>(phrases);
            foreach (var source in phrases)
            {
                var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var k = 1; k < words.Length; k++)
                {
                    foreach (var filler in fillers)
                    {
                        if (words[k - 1].TrimStart('^') != filler && words[k].TrimEnd('$') != filler)
                        {
                            all.Add(string.Join(' ', words[..k].Append(filler).Concat(words[k..])));
                        }
                    }
                }
            }

            yield return (category, [.. all.Distinct(StringComparer.Ordinal)]);
        }
    }

    /// <summary>Every whole word the phrases match (not the "*" prefixes).</summary>
    public IEnumerable<string> Words =>
        byFirstToken.Values.SelectMany(first => first.Phrases).SelectMany(phrase => phrase.Tokens).Where(word => !word.EndsWith('*'));

    /// <summary>Finds every phrase in the text; a phrase never spans two sentences.</summary>
    public List<CueHit> Scan(TokenizedText text)
    {
        var hits = new List<CueHit>(8);
        Scan(text, hits);
        return hits;
    }

    /// <summary>Adds every phrase found in the text to <paramref name="hits"/>.</summary>
    public void Scan(TokenizedText text, List<CueHit> hits)
    {
        var tokens = text.Tokens;
        var sentence = 0;
        // The clause (after a comma of the last sentence, the only one whose commas are kept) that token i is in, or -1.
        int clause = -1, nextClause = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (sentence < text.Sentences.Length - 1 && i >= text.Sentences[sentence].End)
            {
                sentence++;
            }

            while (nextClause < text.ClauseStarts.Length && text.ClauseStarts[nextClause] <= i)
            {
                clause = text.ClauseStarts[nextClause++];
            }

            var current = text.Sentences[sentence];
            var atStart = i == current.Start;
            if (byFirstToken.TryGetValue(tokens[i], out var first))
            {
                // "theres never a perfect time, why not just start now?": advice may open a clause after a comma too.
                var afterOpeners = !atStart && (AfterOpenersOnly(tokens, current.Start, i)
                    || (clause >= 0 && (clause == i || AfterOpenersOnly(tokens, clause, i))));
                // The two candidate lists merged back into lexicon order, the order hits are read in.
                var (any, second) = first.Candidates(i + 1 < tokens.Length ? tokens[i + 1] : null);
                for (int a = 0, b = 0; a < any.Length || b < second.Length;)
                {
                    var phrase = first.Phrases[b >= second.Length || (a < any.Length && any[a] < second[b]) ? any[a++] : second[b++]];
                    if ((!phrase.SentenceStart || atStart || (afterOpeners && OpenerTolerant.Contains(phrase.Category)))
                        && Matches(phrase.Tokens, tokens, i, current.End)
                        && (!phrase.SentenceEnd || i + phrase.Tokens.Length == current.End))
                    {
                        hits.Add(new CueHit(phrase, i, sentence));
                    }
                }
            }

            var token = tokens[i];
            if (token.Length >= PrefixKeyLength && byPrefixSpan.TryGetValue(token.AsSpan(0, PrefixKeyLength), out var stems))
            {
                foreach (var phrase in stems)
                {
                    var stem = phrase.Tokens[0].AsSpan(0, phrase.Tokens[0].Length - 1);
                    if ((!phrase.SentenceStart || atStart) && token.AsSpan().StartsWith(stem, StringComparison.Ordinal))
                    {
                        hits.Add(new CueHit(phrase with { Text = token }, i, sentence));
                    }
                }
            }
        }
    }

    private bool AfterOpenersOnly(string[] tokens, int sentenceStart, int i)
    {
        if (i - sentenceStart > MaxOpeners)
        {
            return false;
        }

        for (var k = sentenceStart; k < i; k++)
        {
            if (!openers.Contains(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(string[] phrase, string[] tokens, int start, int sentenceEnd)
    {
        if (start + phrase.Length > sentenceEnd)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            var want = phrase[k];
            var have = tokens[start + k];
            if (want.EndsWith('*')
                ? !have.AsSpan().StartsWith(want.AsSpan(0, want.Length - 1), StringComparison.Ordinal)
                : !string.Equals(want, have, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(Dictionary<string, List<CuePhrase>> index, string key, CuePhrase phrase)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(phrase);
    }
}
