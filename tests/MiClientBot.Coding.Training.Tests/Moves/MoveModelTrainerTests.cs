using MiClientBot.Coding.Model;
using MiClientBot.Coding.Training.Moves;
using MiClientBot.Core.Drills;

namespace MiClientBot.Coding.Training.Tests.Moves;

public sealed class MoveModelTrainerTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "MiClientBot.Coding.Tests", "Moves");

    /// <summary>
    /// The chat-move heads must code moves they never saw: every fifth hard move is held out of training
    /// (without AnnoMI and the drills, which need data or scenarios) and coded by rules and head together.
    /// Whole fresh rounds, scored before training on them, are the stricter measure (see the Coding README).
    /// </summary>
    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Nb)]
    [InlineData(Language.Da)]
    public void Train_EveryFifthHardMoveHeldOut_HeldOutMovesAtLeast85PercentRight(Language language)
    {
        var name = language.ToString().ToLowerInvariant();
        var hard = MoveFile.Load(Path.Combine(Folder, $"hard.{name}.tsv"));
        var heldOut = hard.Where((_, i) => i % 5 == 4).ToList();
        var training = MoveFile.Load(Path.Combine(Folder, $"moves.{name}.tsv")).Concat(hard.Where((_, i) => i % 5 != 4)).ToList();
        var head = ModelTrainer.TrainMoves(training, language, new TrainerOptions());
        var coder = new TraineeMoveCoder(CoderModel.LoadEmbedded(), new Dictionary<Language, CoderModel> { [language] = head });

        var right = heldOut.Count(m => coder.Code(m.Utterance, language, m.PreviousClient).Main == m.Code);
        output.WriteLine($"{name}: {right}/{heldOut.Count} held-out hard moves right");

        Assert.True(right >= 0.85 * heldOut.Count, $"{name}: {right}/{heldOut.Count} held-out hard moves right");
    }

    [Fact]
    public void TrainMoves_SameMovesTwice_SameBytes()
    {
        var moves = MoveFile.Load(Path.Combine(Folder, "moves.da.tsv"));

        Assert.Equal(Bytes(ModelTrainer.TrainMoves(moves, Language.Da, new TrainerOptions())), Bytes(ModelTrainer.TrainMoves(moves, Language.Da, new TrainerOptions())));
    }

    [Fact]
    public void WithDrills_StrongAffectDrill_UndershootSimpleOvershootComplexArgumentPushes()
    {
        var drill = new Drill(
            "gary", Language.En, "three-am", DrillSource.Sustain, true, "scene", "helper",
            "The pint's the only thing that shuts my head up, and you want to take it off me.",
            "The worry never lets up, and the pint is the one thing that quiets it.",
            "You have to break that cycle.",
            "Work's been a bit stressful lately.",
            "So without a drink there's absolutely nothing on earth that could ever switch your head off.");
        var moves = new Dictionary<Language, IReadOnlyList<MoveExample>> { [Language.En] = [] };

        var added = MoveModelTrainer.WithDrills(moves, [drill], new TraineeMoveCoder(null))[Language.En];

        Assert.Equal(4, added.Count);
        Assert.True(added[0].Code.IsReflection(), added[0].Code.ToName());
        Assert.Equal(MitiCode.Persuade, added[1].Code);
        Assert.Equal(MitiCode.ReflectionSimple, added[2].Code);
        Assert.Equal(MitiCode.ReflectionComplex, added[3].Code);
        Assert.All(added, m => Assert.Equal(drill.Client, m.PreviousClient));
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var empty = Directory.CreateTempSubdirectory("mi-moves-").FullName;
        try
        {
            var e = Assert.Throws<FileNotFoundException>(() => MoveModelTrainer.Load(empty));

            Assert.Contains("moves.en.tsv", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static byte[] Bytes(CoderModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
