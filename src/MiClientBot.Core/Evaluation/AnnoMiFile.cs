namespace MiClientBot.Core.Evaluation;

/// <summary>
/// Reads an AnnoMI CSV in the simple or the full format. The full format repeats utterances that
/// several annotators labelled; each (transcript, utterance) is kept once, with the majority label.
/// </summary>
public static class AnnoMiFile
{
    /// <summary>The utterances in transcript and utterance order.</summary>
    /// <exception cref="InvalidDataException">The file lacks AnnoMI's columns.</exception>
    public static IReadOnlyList<AnnoMiUtterance> Read(string path)
    {
        using var reader = new StreamReader(path);
        var rows = CsvReader.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidDataException($"{path}: the file is empty.");
        }

        var header = rows.Current.Select((name, i) => (name, i)).ToDictionary(x => x.name.Trim(), x => x.i);
        string[] required = ["transcript_id", "mi_quality", "utterance_id", "interlocutor", "utterance_text", "main_therapist_behaviour", "client_talk_type"];
        var missing = required.Where(r => !header.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: not an AnnoMI CSV (missing columns: {string.Join(", ", missing)}).");
        }

        string Get(string[] row, string column) => header.TryGetValue(column, out var i) && i < row.Length ? row[i] : string.Empty;
        var groups = new Dictionary<(int, int), List<string[]>>();
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Length < required.Length
                || !int.TryParse(Get(row, "transcript_id"), out var t)
                || !int.TryParse(Get(row, "utterance_id"), out var u))
            {
                continue;
            }

            if (!groups.TryGetValue((t, u), out var list))
            {
                groups[(t, u)] = list = [];
            }

            list.Add(row);
        }

        return [.. groups.OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2).Select(g =>
        {
            var first = g.Value[0];
            string Majority(string column)
            {
                var value = g.Value.Select(r => Get(r, column)).GroupBy(v => v).OrderByDescending(v => v.Count()).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
                return value;
            }

            string? Optional(string column) => header.ContainsKey(column) ? Majority(column) : null;
            return new AnnoMiUtterance(
                g.Key.Item1, Get(first, "mi_quality"), g.Key.Item2, Get(first, "interlocutor") == "therapist",
                Get(first, "utterance_text"), Majority("main_therapist_behaviour"), Majority("client_talk_type"),
                Optional("reflection_subtype"), Optional("question_subtype"));
        })];
    }
}
