using MiClientBot.Web.Classroom;

namespace MiClientBot.Web.Tests.Classroom;

public sealed class JoinCodesTests
{
    [Fact]
    public void Next_SeededSource_GivesSixCharactersWithoutLookAlikes()
    {
        var random = new Random(7);
        var codes = new JoinCodes(random.Next);

        var drawn = Enumerable.Range(0, 200).Select(_ => codes.Next()).ToList();

        Assert.All(drawn, c => Assert.Matches("^[A-Z2-9]{6}$", c));
        Assert.DoesNotContain(drawn, c => c.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
        Assert.True(drawn.Distinct().Count() > 190);
    }

    [Fact]
    public void Next_SameSeed_GivesTheSameCode()
    {
        Assert.Equal(new JoinCodes(new Random(3).Next).Next(), new JoinCodes(new Random(3).Next).Next());
    }

    [Theory]
    [InlineData("abc234", "ABC234")]
    [InlineData(" ABC 234 ", "ABC234")]
    [InlineData("abc-234", "ABC234")]
    public void Normalize_TypedCode_GivesTheCanonicalCode(string typed, string expected) =>
        Assert.Equal(expected, JoinCodes.Normalize(typed));

    [Theory]
    [InlineData("ABC23")]
    [InlineData("ABC2345")]
    [InlineData("ABC0O1")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_NoCode_IsNull(string? typed) => Assert.Null(JoinCodes.Normalize(typed));
}
