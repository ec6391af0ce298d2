using MiClientBot.Coding.Cues;

namespace MiClientBot.Coding.Text;

/// <summary>
/// One shared string for each word the coder knows: the language packs' word classes and cue words.
/// Most tokens of a move are such everyday words ("you", "jeg", "det"), so the tokenizer hands out
/// these instead of a new string per token. Read-only after it is built, so any thread may use it.
/// </summary>
internal static class TokenPool
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Known = Build();

    /// <summary>The token as a string: the shared one when the word is known, otherwise a new one.</summary>
    public static string Get(ReadOnlySpan<char> token) => Known.TryGetValue(token, out var word) ? word : new string(token);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in Enum.GetValues<Language>())
        {
            words.UnionWith(LanguagePacks.For(language).Vocabulary());
        }

        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
