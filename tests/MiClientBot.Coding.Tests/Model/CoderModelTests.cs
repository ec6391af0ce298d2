using MiClientBot.Coding.Model;

namespace MiClientBot.Coding.Tests.Model;

public sealed class CoderModelTests
{
    [Fact]
    public void LoadEmbedded_ShippedModel_HasEveryHeadForBothFeatureSets()
    {
        var model = CoderModel.LoadEmbedded();

        Assert.NotNull(model);
        Assert.Equal(6, model.Heads.Count);
    }

    [Fact]
    public void LoadEmbeddedMoveModels_Shipped_OneMoveCodeHeadPerLanguage()
    {
        var models = CoderModel.LoadEmbeddedMoveModels();

        Assert.Equal([Language.En, Language.Nb, Language.Da], models.Keys.Order());
        Assert.All(models.Values, m => Assert.Equal(ModelLabels.MoveCode, m.Head(MiClientBot.Coding.Features.FeatureSet.Lexical, ModelTask.MoveCode)!.Labels));
    }

    [Fact]
    public void SaveThenLoad_SameModel_SameCodes()
    {
        var model = CoderModel.LoadEmbedded()!;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = new TraineeMoveCoder(CoderModel.Load(stream));
        var original = new TraineeMoveCoder(model);

        foreach (var (client, trainee, _) in MovesFile.Read("en"))
        {
            Assert.Equal(original.Code(trainee, Language.En, client).Main, reloaded.Code(trainee, Language.En, client).Main);
        }
    }

    [Fact]
    public void Save_ShippedModel_SameBytesAsTheFile()
    {
        using var shipped = new MemoryStream();
        typeof(CoderModel).Assembly.GetManifestResourceStream(CoderModel.ResourceName)!.CopyTo(shipped);
        using var saved = new MemoryStream();

        CoderModel.LoadEmbedded()!.Save(saved);

        Assert.Equal(shipped.ToArray(), saved.ToArray());
    }

    [Fact]
    public void Predict_HeadKeptAsTheFilesEightBitWeights_SameProbabilitiesAsFloatWeights()
    {
        var model = CoderModel.LoadEmbedded()!;
        var random = new Random(7);
        foreach (var head in model.Heads)
        {
            var floats = new ClassifierHead(head.Features, head.Task, head.Bits, head.Labels, head.Weights, head.Bias);
            for (var trial = 0; trial < 200; trial++)
            {
                // Random buckets are mostly ones training never touched; every other feature is one it did.
                var features = new List<uint>();
                for (var i = random.Next(1, 150); i > 0; i--)
                {
                    features.Add(i % 2 == 0 ? (uint)random.Next() : Touched(head, random));
                }

                Assert.Equal(floats.Predict(features), head.Predict(features));
            }
        }
    }

    private static uint Touched(ClassifierHead head, Random random)
    {
        var weights = head.Weights;
        while (true)
        {
            var bucket = random.Next(1 << head.Bits);
            if (weights.AsSpan(bucket * head.Classes, head.Classes).ContainsAnyExcept(0f))
            {
                return (uint)bucket;
            }
        }
    }

    [Fact]
    public void Load_NotAModel_Throws()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Throws<InvalidDataException>(() => CoderModel.Load(stream));
    }
}
