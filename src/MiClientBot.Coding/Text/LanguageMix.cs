namespace MiClientBot.Coding.Text;

/// <summary>
/// Tells English from Scandinavian text by function words that exist in only one of them
/// (ambiguous ones such as "i", "at", "men", "for", "have" are left out on purpose).
/// </summary>
internal static class LanguageMix
{
    private static readonly HashSet<string> English =
    [
        "the", "you", "your", "are", "is", "what", "how", "that", "this", "with", "would", "should",
        "about", "don't", "it's", "i'm", "you're", "and", "not", "can", "do", "think", "feel", "of", "my",
        "me", "we", "they", "be", "was", "were", "just", "really", "want", "but", "does", "it", "if", "like",
    ];

    private static readonly HashSet<string> Scandinavian =
    [
        "du", "jeg", "det", "er", "ikke", "og", "å", "hva", "hvad", "hvordan", "har", "deg", "dig", "meg",
        "mig", "som", "på", "med", "til", "vil", "skal", "bør", "noe", "noget", "hvis", "når", "synes",
        "tror", "føler", "jo", "være", "kanskje", "måske", "eller", "af", "av", "ikkje", "sig", "seg", "hvorfor",
    ];

    /// <summary>Both lists in one look-up per token: true for English (which wins were a word in both).</summary>
    private static readonly Dictionary<string, bool> IsEnglish = Scandinavian.Select(w => KeyValuePair.Create(w, false))
        .Concat(English.Select(w => KeyValuePair.Create(w, true)))
        .GroupBy(p => p.Key)
        .ToDictionary(g => g.Key, g => g.Any(p => p.Value));

    /// <summary>Counts English and Scandinavian function words.</summary>
    public static (int English, int Scandinavian) Count(TokenizedText text)
    {
        var en = 0;
        var sc = 0;
        foreach (var token in text.Tokens)
        {
            if (IsEnglish.TryGetValue(token, out var english))
            {
                if (english)
                {
                    en++;
                }
                else
                {
                    sc++;
                }
            }
        }

        return (en, sc);
    }
}
