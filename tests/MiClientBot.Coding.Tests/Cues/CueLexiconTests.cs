using MiClientBot.Coding.Analysis;
using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Tests.Cues;

public sealed class CueLexiconTests
{
    [Fact]
    public void Scan_PhrasesSharingFirstWord_FoundInLexiconOrder()
    {
        // Indexed by second word ("should") or not ("you", "you decide*"): the hits still come in lexicon order.
        var lexicon = new CueLexicon(
        [
            (CueCategory.Directive, ["you should", "you"]),
            (CueCategory.Autonomy, ["you decide*", "^you should"]),
            (CueCategory.Affirm, ["you should really", "you were"]),
        ]);

        var hits = lexicon.Scan(Tokenizer.Tokenize("You should really rest. And you decided well."));

        Assert.Equal(
            ["0 you should", "0 you", "0 you should", "0 you should really", "5 you", "5 you decide"],
            hits.Select(h => $"{h.TokenIndex} {h.Phrase.Text}"));
        Assert.Equal([CueCategory.Directive, CueCategory.Directive, CueCategory.Autonomy, CueCategory.Affirm], hits.Take(4).Select(h => h.Category));
    }

    [Fact]
    public void Scan_PhraseDoesNotCrossSentences()
    {
        var lexicon = new CueLexicon([(CueCategory.Directive, ["you should"])]);

        Assert.Empty(lexicon.Scan(Tokenizer.Tokenize("Thank you. Should we go?")));
    }

    [Fact]
    public void ClientLines_SameLine_ReadOnceAndSameAsAFreshRead()
    {
        var pack = LanguagePacks.For(Language.En);
        const string line = "I know I should cut down, but I'm so frustrated with everyone watching me.";

        var first = ClientLines.For(line, pack);
        var fresh = ClientLine.Read(Tokenizer.Tokenize(line), pack);

        Assert.Same(first, ClientLines.For(new string(line.AsSpan()), pack));
        Assert.Equal(fresh.Text.Tokens, first.Text.Tokens);
        Assert.Equal(fresh.ContentWords, first.ContentWords);
        Assert.Equal(fresh.Hits.Select(h => (h.Phrase.Text, h.TokenIndex)), first.Hits.Select(h => (h.Phrase.Text, h.TokenIndex)));
        Assert.Contains("frustrated", first.ContentWords);
        Assert.DoesNotContain("but", first.ContentWords);
    }

    [Fact]
    public void ClientLines_NoOrUnreadableLine_IsEmpty()
    {
        var pack = LanguagePacks.For(Language.Nb);

        Assert.Same(ClientLine.Empty, ClientLines.For(null, pack));
        Assert.Same(ClientLine.Empty, ClientLines.For("   ", pack));
        Assert.True(ClientLines.For("😀😀", pack).Text.IsEmpty);
    }

    [Fact]
    public void TokenPool_KnownWordShared_UnknownWordNew()
    {
        Assert.Same(TokenPool.Get("you".AsSpan()), TokenPool.Get("you".AsSpan()));
        Assert.Equal("zyxwv", TokenPool.Get("zyxwv".AsSpan()));
        Assert.Equal(["you", "zyxwv"], Tokenizer.Tokenize("You zyxwv").Tokens);
    }
}
