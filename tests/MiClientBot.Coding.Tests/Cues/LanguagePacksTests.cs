using MiClientBot.Coding.Cues;

namespace MiClientBot.Coding.Tests.Cues;

public class LanguagePacksTests
{
    public static TheoryData<Language> Languages() => [.. LanguageCodes.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Load_EveryLanguage_ReadsItsDataFile(Language language)
    {
        var pack = LanguagePacks.Load(language);

        Assert.Equal(language, pack.Language);
        Assert.NotEmpty(pack.OpenQuestionWords);
        Assert.NotEmpty(pack.Stopwords);
        Assert.NotEmpty(pack.Lexicon.Words);
    }

    [Fact]
    public void For_SameLanguageTwice_ReturnsTheOnePackReadOnce() =>
        Assert.Same(LanguagePacks.For(Language.Da), LanguagePacks.For(Language.Da));

    [Fact]
    public void Load_NorwegianAndDanish_ReadDuMaTheirOwnWay()
    {
        var nb = LanguagePacks.Load(Language.Nb).Lexicon.Scan(Text.Tokenizer.Tokenize("du må slutte"));
        var da = LanguagePacks.Load(Language.Da).Lexicon.Scan(Text.Tokenizer.Tokenize("du må gerne"));

        Assert.Contains(nb, h => h.Category == CueCategory.Directive);
        Assert.DoesNotContain(da, h => h.Category == CueCategory.Directive);
    }
}
