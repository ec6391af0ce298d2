namespace MiClientBot.Coding.Cues;

/// <summary>The three language packs, built once on first use and then shared read-only.</summary>
internal static class LanguagePacks
{
    private static readonly Lazy<LanguagePack> English = new(EnglishPack.Create);
    private static readonly Lazy<LanguagePack> Norwegian = new(NorwegianPack.Create);
    private static readonly Lazy<LanguagePack> Danish = new(DanishPack.Create);

    public static LanguagePack For(Language language) => language switch
    {
        Language.Nb => Norwegian.Value,
        Language.Da => Danish.Value,
        _ => English.Value,
    };
}
