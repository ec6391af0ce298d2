using MiClientBot.Coding.Features;

namespace MiClientBot.Coding.Tests.Features;

public sealed class FeatureHasherTests
{
    [Fact]
    public void Hash_SpanOfAWord_SameAsTheString() =>
        Assert.Equal(FeatureHasher.Hash("worr"), FeatureHasher.Hash("worried".AsSpan(0, 4)));
}
