using MiClientBot.Coding.Cues;

namespace MiClientBot.Coding.Text;

/// <summary>
/// Reads casual spellings as their standard form ("whats" as "what's", da "hva" as "hvad") before the
/// move is analysed, so that a missing apostrophe or a chat spelling does not change the code.
/// </summary>
internal static class CasualSpellings
{
    /// <summary>Replaces, in place, every token <paramref name="pack"/> knows a standard spelling for.</summary>
    public static void Standardize(TokenizedText text, LanguagePack pack)
    {
        if (pack.Spellings.Count == 0)
        {
            return;
        }

        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (pack.Spellings.TryGetValue(tokens[i], out var standard))
            {
                tokens[i] = standard;
            }
        }
    }
}
