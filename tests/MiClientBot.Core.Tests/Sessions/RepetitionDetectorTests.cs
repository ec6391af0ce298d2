using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Tests.Sessions;

public sealed class RepetitionDetectorTests
{
    [Fact]
    public void Fingerprint_DropsCaseAndPunctuation()
    {
        Assert.Equal("so you re tired of it", RepetitionDetector.Fingerprint("  So, you're TIRED of it!! "));
        Assert.Equal(string.Empty, RepetitionDetector.Fingerprint("?!"));
    }

    [Fact]
    public void Fingerprint_LongMove_KeepsAboutNinetySixCharacters()
    {
        var fingerprint = RepetitionDetector.Fingerprint(string.Join(' ', Enumerable.Repeat("word", 60)));

        Assert.InRange(fingerprint.Length, 96, 97);
        Assert.EndsWith("w", fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_SharedDistinctWords_CountsMovesAtSeventyPercent()
    {
        // Shared distinct words over all distinct words (Jaccard); 7 of 10 is 0.7 exactly; repeats count once.
        string[] recent = ["a b c d e f g h i j", "a b c d e f g x y z", "a a b b c", "q"];

        Assert.Equal(1, RepetitionDetector.Count(recent, "a b c d e f g h i j a"));
        Assert.Equal(2, RepetitionDetector.Count(recent, "a b c d e f g"));
        Assert.Equal(1, RepetitionDetector.Count(recent, "c b a"));
        Assert.Equal(0, RepetitionDetector.Count(recent, string.Empty));
    }

    [Fact]
    public void Count_RememberedTextWithDoubleSpaces_ReadsEmptyWordsAsStringSplitDoes()
    {
        // "a  b" splits into "a", "", "b": three words, two shared with "a b" (2/3 < 0.7), all three with "a  b".
        string[] recent = ["a  b"];

        Assert.Equal(0, RepetitionDetector.Count(recent, "a b"));
        Assert.Equal(1, RepetitionDetector.Count(recent, "b  a"));
    }

    [Fact]
    public void Count_RememberedTextOfManyWords_IsRead()
    {
        var many = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"w{i}"));

        Assert.Equal(1, RepetitionDetector.Count([many], many));
    }

    [Fact]
    public void Remember_KeepsTheLastTwelveAndSkipsEmpty()
    {
        IReadOnlyList<string> recent = [];
        var moves = Enumerable.Range(1, 14).Select(i => "move " + i).ToList();
        moves.Insert(3, string.Empty);
        foreach (var move in moves)
        {
            recent = RepetitionDetector.Remember(recent, move);
        }

        Assert.Equal(Enumerable.Range(3, 12).Select(i => "move " + i), recent);
    }
}
