using System.Text.Json;

namespace MiClientBot.Cli.Tests;

/// <summary>
/// The figures the READMEs give for AnnoMI's development split, and the shipped model's provenance, checked on the real
/// data whenever it is there (see <see cref="AnnoMiData"/>).
/// </summary>
public sealed class AnnoMiTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mi-annomi-" + Guid.NewGuid().ToString("N"));

    public AnnoMiTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableFact]
    public void TrainCoder_AnnoMiDevSplit_ReproducesTheShippedModelByteForByte()
    {
        var annomi = AnnoMiData.Require();
        var model = Path.Combine(_folder, "coder-model.bin");

        var (exit, _, error) = CodeCommandTests.Run(string.Empty, "train", "coder", "--annomi", annomi, "--out", model);

        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "src", "MiClientBot.Coding", "Model", "coder-model.bin")), File.ReadAllBytes(model));
    }

    [SkippableFact]
    public void TrainMoves_RepositoryMovesAndAnnoMiDevSplit_ReproduceTheShippedChatModelsByteForByte()
    {
        var annomi = AnnoMiData.Require();

        var (exit, _, error) = CodeCommandTests.Run(string.Empty, "train", "moves", "--annomi", annomi, "--moves", Path.Combine(Repo.Root, "tests", "MiClientBot.Coding.Tests", "Moves"), "--out", _folder);

        Assert.True(exit == 0, error);
        foreach (var language in new[] { "en", "nb", "da" })
        {
            var name = $"chat-model-{language}.bin";
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "src", "MiClientBot.Coding", "Model", name)), File.ReadAllBytes(Path.Combine(_folder, name)));
        }
    }

    [SkippableFact]
    public void EvalSessions_CrossValidated_HeldOutTranscriptsStillTellHighFromLowQuality()
    {
        var (auc, output) = SessionsAuc("--cross-validate", "5");

        Assert.True(auc >= 0.88, output); // README: 0.90
    }

    [SkippableFact]
    public void EvalCoding_AnnoMiDevSplitCrossValidated_MacroF1IsTheReadmes()
    {
        var annomi = AnnoMiData.Require();

        var (exit, output, error) = CodeCommandTests.Run(string.Empty, "eval", "coding", "--annomi", annomi, "--cross-validate", "5");

        Assert.True(exit == 0, error);
        using var summary = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(3087, summary.RootElement.GetProperty("n").GetInt32());
        Assert.InRange(summary.RootElement.GetProperty("macroF1").GetDouble(), 0.73, 0.75); // README: 0.740
    }

    [SkippableFact]
    public void EvalSessions_AnnoMiDevSplit_TellsHighFromLowQualityAsTheReadmeSays()
    {
        var (auc, output) = SessionsAuc();

        Assert.True(auc >= 0.9, output); // README: 0.95
    }

    /// <summary>Runs eval sessions on the dev split and returns the AUC of its last line and the whole output.</summary>
    private static (double Auc, string Output) SessionsAuc(params string[] options)
    {
        var annomi = AnnoMiData.Require();

        var (exit, output, error) = CodeCommandTests.Run(string.Empty, ["eval", "sessions", "--annomi", annomi, .. options]);

        Assert.True(exit == 0, error);
        using var summary = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(80, summary.RootElement.GetProperty("transcripts").GetInt32());
        return (summary.RootElement.GetProperty("auc").GetDouble(), output);
    }

    [Fact]
    public void TrainMoves_MalformedMoveFile_SaysWhichLineAndWritesNothing()
    {
        var moves = Path.Combine(_folder, "moves");
        Directory.CreateDirectory(moves);
        foreach (var language in new[] { "en", "nb", "da" })
        {
            File.WriteAllText(Path.Combine(moves, $"moves.{language}.tsv"), "previous_client\ttrainee\tcode\n\thow are you?\tquestion-open\n");
            File.WriteAllText(Path.Combine(moves, $"hard.{language}.tsv"), "previous_client\ttrainee\tcode\n\tyou should stop\tpersuade\n");
        }

        File.WriteAllText(Path.Combine(moves, "hard.nb.tsv"), "previous_client\ttrainee\tcode\n\tdu bør slutte\tpersuasion\n");
        var output = Path.Combine(_folder, "out");

        var (exit, _, error) = CodeCommandTests.Run(string.Empty, "train", "moves", "--moves", moves, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("hard.nb.tsv line 2: 'persuasion' is no MITI code", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task EvalCoding_NoAnnoMiInTheRepository_SaysInOneLineWhereToGetIt()
    {
        // A fresh clone: no data/annomi file, no variable naming one.
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), "{}");

        var (exit, output, error, _) = await CliProcess.RunAsync(_folder, new Dictionary<string, string> { [AnnoMiData.Variable] = string.Empty }, string.Empty, "eval", "coding");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            $"AnnoMI not found at {Path.Combine(_folder, "data", "annomi", "annomi-full-dev.csv")}: download AnnoMI-full.csv from https://github.com/uccollab/AnnoMI and cut the development split into data/annomi/annomi-full-dev.csv as data/annomi/README.md shows (or pass --annomi FILE).",
            error.Trim());
    }
}
