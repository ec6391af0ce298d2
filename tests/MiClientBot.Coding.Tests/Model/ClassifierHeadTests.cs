using MiClientBot.Coding.Model;

namespace MiClientBot.Coding.Tests.Model;

public sealed class ClassifierHeadTests
{
    [Theory]
    [InlineData(20, 1.0)]
    [InlineData(80, 0.5)]
    [InlineData(5, 2.0)]
    [InlineData(0, 1.0)]
    public void FeatureScale_FeatureCount_SquareRootOfTwentyOverCount(int count, double expected) =>
        Assert.Equal(expected, ClassifierHead.FeatureScale(count), 12);

    [Fact]
    public void Predict_SameWeightOnMoreFeatures_GrowsLikeTheSquareRoot()
    {
        // One class weight 1 per bucket: 20 features sum to 20 * sqrt(20/20) = 20, 80 to 80 * sqrt(20/80) = 40.
        var weights = new float[16 * 2];
        for (var b = 0; b < 16; b++)
        {
            weights[b * 2] = 1;
        }

        var head = new ClassifierHead(Coding.Features.FeatureSet.Transfer, ModelTask.Behaviour, 4, ["a", "b"], weights, [0, 0]);

        var twenty = head.Predict([.. Enumerable.Repeat(1u, 20)]);
        var eighty = head.Predict([.. Enumerable.Repeat(1u, 80)]);

        Assert.Equal(20, Math.Log(twenty[0] / twenty[1]), 6);
        Assert.Equal(40, Math.Log(eighty[0] / eighty[1]), 6);
    }
}
