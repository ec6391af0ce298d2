namespace MiClientBot.Coding;

/// <summary>Converts between <see cref="Language"/> and its ISO 639-1 code ("en", "nb", "da").</summary>
public static class LanguageCodes
{
    /// <summary>Every supported language, in display order.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.En, Language.Nb, Language.Da];

    /// <summary>The lower-case code of a language.</summary>
    public static string ToCode(this Language language) => language switch
    {
        Language.En => "en",
        Language.Nb => "nb",
        Language.Da => "da",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>Parses "en", "nb" or "da" (case-insensitive; "no" and "nn" read as bokmål, a locale such as "nb-NO" by its prefix).</summary>
    public static bool TryParse(string? code, out Language language)
    {
        language = Language.En;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var prefix = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        switch (prefix)
        {
            case "en":
                language = Language.En;
                return true;
            case "nb" or "no" or "nn":
                language = Language.Nb;
                return true;
            case "da":
                language = Language.Da;
                return true;
            default:
                return false;
        }
    }
}
