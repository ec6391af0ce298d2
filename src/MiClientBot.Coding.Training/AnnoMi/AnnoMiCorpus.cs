using MiClientBot.Coding.Model;

namespace MiClientBot.Coding.Training.AnnoMi;

/// <summary>
/// Loads an AnnoMI CSV into therapist examples with the client's preceding utterance as context.
/// Columns are found by header name (the simple and full files order them differently). In the
/// full file some utterances carry one row per annotator: the majority label is taken per
/// (transcript_id, utterance_id), ties going to the label that reached the top count first.
/// </summary>
public sealed class AnnoMiCorpus
{
    private AnnoMiCorpus(IReadOnlyList<TrainingExample> examples, bool isFullFormat, IReadOnlyDictionary<string, string> quality)
    {
        Examples = examples;
        IsFullFormat = isFullFormat;
        Quality = quality;
    }

    /// <summary>The therapist utterances, in file order.</summary>
    public IReadOnlyList<TrainingExample> Examples { get; }

    /// <summary>Each transcript's MI quality ("high" or "low"), when the file has the mi_quality column.</summary>
    public IReadOnlyDictionary<string, string> Quality { get; }

    /// <summary>True when the file has the subtype columns (reflection_subtype, question_subtype).</summary>
    public bool IsFullFormat { get; }

    /// <summary>Reads the CSV file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file lacks a column the corpus needs.</exception>
    public static AnnoMiCorpus Load(string path)
    {
        using var reader = new StreamReader(path);
        return Load(reader);
    }

    /// <summary>Reads CSV text.</summary>
    /// <exception cref="InvalidDataException">The text lacks a column the corpus needs.</exception>
    public static AnnoMiCorpus Load(TextReader reader)
    {
        using var records = CsvReader.ReadRecords(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new InvalidDataException("the file is empty");
        }

        var header = records.Current.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        int Column(string name, bool required = true)
        {
            var index = Array.IndexOf(header, name);
            return index < 0 && required ? throw new InvalidDataException($"the file has no '{name}' column; is it an AnnoMI CSV?") : index;
        }

        var transcript = Column("transcript_id");
        var utterance = Column("utterance_id");
        var speaker = Column("interlocutor");
        var text = Column("utterance_text");
        var behaviour = Column("main_therapist_behaviour");
        var reflection = Column("reflection_subtype", required: false);
        var question = Column("question_subtype", required: false);
        var miQuality = Column("mi_quality", required: false);
        var quality = new Dictionary<string, string>(StringComparer.Ordinal);
        var full = reflection >= 0 && question >= 0;

        // Group rows per utterance, keeping first-seen order.
        var groups = new Dictionary<(string, int), List<AnnoMiRow>>();
        var order = new List<(string, int)>();
        while (records.MoveNext())
        {
            var r = records.Current;
            if (r.Length < header.Length || !int.TryParse(r[utterance], out var id))
            {
                continue;
            }

            if (miQuality >= 0)
            {
                quality[r[transcript]] = r[miQuality];
            }

            var row = new AnnoMiRow(
                r[transcript], id, r[speaker] == "therapist", r[text], r[behaviour],
                full ? Subtype(r[reflection]) : null, full ? Subtype(r[question]) : null);
            var key = (row.TranscriptId, row.UtteranceId);
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups[key] = list;
                order.Add(key);
            }

            list.Add(row);
        }

        // Sort by transcript then utterance so the "previous client utterance" is the right one.
        order.Sort((a, b) =>
        {
            var byTranscript = CompareIds(a.Item1, b.Item1);
            return byTranscript != 0 ? byTranscript : a.Item2.CompareTo(b.Item2);
        });

        var examples = new List<TrainingExample>();
        string? previousClient = null;
        string? currentTranscript = null;
        foreach (var key in order)
        {
            var rows = groups[key];
            if (key.Item1 != currentTranscript)
            {
                currentTranscript = key.Item1;
                previousClient = null;
            }

            var first = rows[0];
            if (!first.IsTherapist)
            {
                previousClient = first.Text;
                continue;
            }

            var label = Majority(rows.Select(r => r.Behaviour));
            if (label is null || !ModelLabels.Behaviour.Contains(label))
            {
                continue;
            }

            var reflectionSubtype = label == "reflection" ? Majority(rows.Select(r => r.ReflectionSubtype)) : null;
            var questionSubtype = label == "question" ? Majority(rows.Select(r => r.QuestionSubtype)) : null;
            examples.Add(new TrainingExample(key.Item1, first.Text, previousClient, label, reflectionSubtype, questionSubtype));
        }

        return new AnnoMiCorpus(examples, full, quality);
    }

    private static string? Subtype(string value) => value is "n/a" or "" or "nan" ? null : value.Trim();

    private static string? Majority(IEnumerable<string?> labels)
    {
        string? best = null;
        var bestCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (label is null)
            {
                continue;
            }

            var count = counts[label] = counts.GetValueOrDefault(label) + 1;
            if (count > bestCount)
            {
                best = label;
                bestCount = count;
            }
        }

        return best;
    }

    private static int CompareIds(string a, string b) =>
        int.TryParse(a, out var x) && int.TryParse(b, out var y) ? x.CompareTo(y) : string.CompareOrdinal(a, b);
}
