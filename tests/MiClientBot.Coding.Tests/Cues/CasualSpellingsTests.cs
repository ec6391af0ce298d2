using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Tests.Cues;

public sealed class CasualSpellingsTests
{
    [Theory]
    [InlineData(Language.En, "dont", "don't")]
    [InlineData(Language.En, "youre", "you're")]
    [InlineData(Language.En, "didnt", "didn't")]
    [InlineData(Language.En, "thats", "that's")]
    [InlineData(Language.En, "its", "it's")]
    [InlineData(Language.Nb, "ikkje", "ikke")]
    [InlineData(Language.Da, "hva", "hvad")]
    public void Standardize_CasualSpelling_ReadsTheStandardForm(Language language, string typed, string written)
    {
        var text = Tokenizer.Tokenize($"so {typed} now");

        CasualSpellings.Standardize(text, LanguagePacks.For(language));

        Assert.Equal(written, text.Tokens[1]);
    }

    [Theory]
    [InlineData("were")]
    [InlineData("well")]
    [InlineData("lets")]
    [InlineData("ill")]
    public void Standardize_WordOfItsOwn_StaysAsItIs(string word)
    {
        var text = Tokenizer.Tokenize($"so {word} now");

        CasualSpellings.Standardize(text, LanguagePacks.For(Language.En));

        Assert.Equal(word, text.Tokens[1]);
    }
}
