using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MiClientBot.Cli.Tests;

/// <summary>Runs `eval coding` and `train coder` on a small synthetic AnnoMI-shaped CSV written here (no AnnoMI text).</summary>
public sealed class EvalCodingCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "mi-coding-" + Guid.NewGuid().ToString("N"));

    public EvalCodingCommandTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void EvalCoding_CrossValidateOnSyntheticFullCsv_LastLineIsJsonWithAllFigures()
    {
        var csv = WriteSyntheticFullCsv();

        var (exit, output, error) = CodeCommandTests.Run(string.Empty, "eval", "coding", "--annomi", csv, "--cross-validate", "3");

        Assert.True(exit == 0, error);
        Assert.Contains("confusion", output, StringComparison.Ordinal);
        var last = output.TrimEnd().Split('\n')[^1];
        using var doc = JsonDocument.Parse(last);
        var root = doc.RootElement;
        Assert.Equal(48, root.GetProperty("n").GetInt32());
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0.5, 1);
        Assert.InRange(root.GetProperty("accuracy").GetDouble(), 0.5, 1);
        Assert.True(root.TryGetProperty("reflectionComplexityF1", out _));
        Assert.InRange(root.GetProperty("questionTypeF1").GetDouble(), 0.5, 1);
    }

    [Fact]
    public void EvalCoding_FoldSeed_NamedInTheHeaderAndScoresEveryUtterance()
    {
        var csv = WriteSyntheticFullCsv();

        var (exit, output, error) = CodeCommandTests.Run(string.Empty, "eval", "coding", "--annomi", csv, "--cross-validate", "3", "--fold-seed", "7");

        Assert.True(exit == 0, error);
        Assert.StartsWith("AnnoMI main therapist behaviour, transcript-grouped 3-fold cross-validation, fold seed 7", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(48, doc.RootElement.GetProperty("n").GetInt32());
    }

    [Fact]
    public void TrainCoder_SyntheticCsv_WritesTheSameModelBytesTwice()
    {
        var csv = WriteSyntheticFullCsv();
        var first = Path.Combine(directory, "a.bin");
        var second = Path.Combine(directory, "b.bin");

        Assert.Equal(0, CodeCommandTests.Run(string.Empty, "train", "coder", "--annomi", csv, "--out", first).Exit);
        Assert.Equal(0, CodeCommandTests.Run(string.Empty, "train", "coder", "--annomi", csv, "--out", second).Exit);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.InRange(new FileInfo(first).Length, 100, 1_000_000);
    }

    [Fact]
    public void EvalCoding_MissingFile_ExitTwoWithMessage()
    {
        var (exit, _, error) = CodeCommandTests.Run(string.Empty, "eval", "coding", "--annomi", Path.Combine(directory, "nope.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Six transcripts of client/therapist turns built from templates; utterance 1 of each
    /// transcript is labelled by three annotators, two of whom agree (majority vote).
    /// </summary>
    private string WriteSyntheticFullCsv()
    {
        string[] topics = ["walking", "sleep", "cooking", "cycling", "reading", "music"];
        var sb = new StringBuilder();
        sb.AppendLine("mi_quality,transcript_id,video_title,video_url,topic,utterance_id,interlocutor,timestamp,utterance_text,annotator_id,therapist_input_exists,therapist_input_subtype,reflection_exists,reflection_subtype,question_exists,question_subtype,main_therapist_behaviour,client_talk_type");
        for (var t = 0; t < topics.Length; t++)
        {
            var topic = topics[t];
            (string Client, string Therapist, string Behaviour, string Reflection, string Question)[] turns =
            [
                ($"I like {topic}, but I never find time.", $"What gets in the way of {topic}?", "question", "n/a", "open"),
                ($"Work, mostly. And I'm tired, \"honestly\".", $"Do you do any {topic} now?", "question", "n/a", "closed"),
                ($"I feel stuck with {topic}.", $"So you feel stuck with {topic}.", "reflection", "simple", "n/a"),
                ($"My friends all do {topic}.", $"It sounds like part of you wants to belong, and part of you is scared of failing at {topic}.", "reflection", "complex", "n/a"),
                ("Is it hard for most people?", $"Most people need about six weeks to build a {topic} habit.", "therapist_input", "n/a", "n/a"),
                ("Okay.", $"Research shows {topic} three times a week helps mood.", "therapist_input", "n/a", "n/a"),
                ("Right.", "Mm-hmm.", "other", "n/a", "n/a"),
                ("Yes, that's it.", "Okay.", "other", "n/a", "n/a"),
            ];
            var id = 0;
            foreach (var turn in turns)
            {
                Row(sb, t, id++, "client", turn.Client, 0, "n/a", "n/a", "n/a");
                var annotators = id == 1 ? 3 : 1;
                for (var a = 0; a < annotators; a++)
                {
                    var behaviour = a == 2 ? "other" : turn.Behaviour;
                    Row(sb, t, id, "therapist", turn.Therapist, a, behaviour, turn.Reflection, turn.Question);
                }

                id++;
            }
        }

        var path = Path.Combine(directory, "synthetic-full.csv");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static void Row(StringBuilder sb, int transcript, int utterance, string who, string text, int annotator, string behaviour, string reflection, string question)
    {
        var quoted = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"high,{transcript},\"Title, with comma\",https://example.invalid/{transcript},topic,{utterance},{who},00:00:{utterance:00},{quoted},{annotator},")
            .Append(who == "client" ? "n/a,n/a,n/a,n/a,n/a,n/a,n/a,neutral" : $"False,n/a,{reflection != "n/a"},{reflection},{question != "n/a"},{question},{behaviour},n/a")
            .AppendLine();
    }
}
