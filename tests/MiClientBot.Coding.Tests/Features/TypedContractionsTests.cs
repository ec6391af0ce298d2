using MiClientBot.Coding.Features;

namespace MiClientBot.Coding.Tests.Features;

public sealed class TypedContractionsTests
{
    [Theory]
    [InlineData("dont", "don't")]
    [InlineData("youre", "you're")]
    [InlineData("didnt", "didn't")]
    [InlineData("thats", "that's")]
    public void Hash_TypedWithoutApostrophe_HashOfTheWrittenForm(string typed, string written) =>
        Assert.Equal(FeatureHasher.Hash(written), TypedContractions.Hash(typed));

    [Theory]
    [InlineData("its")]
    [InlineData("were")]
    [InlineData("well")]
    [InlineData("drinking")]
    public void Hash_WordOfItsOwn_ItsOwnHash(string word) =>
        Assert.Equal(FeatureHasher.Hash(word), TypedContractions.Hash(word));

    [Fact]
    public void Hash_SpanOfAWord_SameAsTheString() =>
        Assert.Equal(FeatureHasher.Hash("worr"), FeatureHasher.Hash("worried".AsSpan(0, 4)));
}
