using MiClientBot.Coding;
using System.Text.RegularExpressions;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Evaluation;

/// <summary>
/// Does the client answer what it was asked? Each question of a set (tests/relevance/PERSONA.tsv:
/// lang, topic, must, question) is the first move of a fresh session; the reply fits when it
/// matches the question's pattern.
/// </summary>
public static class RelevanceEvaluator
{
    /// <summary>Reads every .tsv in <paramref name="path"/> (a folder or one file); the file name is the persona id.</summary>
    /// <exception cref="FormatException">A line is malformed; the message names file and line.</exception>
    public static IReadOnlyList<RelevanceQuestion> Load(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToArray() : [path];
        var questions = new List<RelevanceQuestion>();
        foreach (var file in files)
        {
            var persona = Path.GetFileNameWithoutExtension(file);
            var lines = File.ReadAllLines(file);
            for (var i = 1; i < lines.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i]) || lines[i].StartsWith('#'))
                {
                    continue;
                }

                var where = $"{Path.GetFileName(file)}:{i + 1}";
                var cells = lines[i].Split('\t');
                if (cells.Length != 4 || !LanguageCodes.TryParse(cells[0], out var language))
                {
                    throw new FormatException($"{where}: expected 4 tab-separated cells: lang, topic, must, question");
                }

                try
                {
                    _ = new Regex(cells[2]);
                }
                catch (ArgumentException e)
                {
                    throw new FormatException($"{where}: 'must' is not a valid pattern: {e.Message}");
                }

                questions.Add(new RelevanceQuestion(where, persona, language, cells[1], cells[2], cells[3]));
            }
        }

        return questions;
    }

    /// <summary>Asks every question of the set as the first move of a session started from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<RelevanceOutcome> Evaluate(ClientEngine engine, IEnumerable<RelevanceQuestion> questions, long seed)
    {
        var outcomes = new List<RelevanceOutcome>();
        foreach (var q in questions)
        {
            var opening = engine.Start(q.PersonaId, q.Language, seed);
            var turn = engine.Respond(opening.State, q.Question);
            var fits = Regex.IsMatch(turn.Reply, q.Must, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            outcomes.Add(new RelevanceOutcome(q, turn.Reply, turn.Topic, fits));
        }

        return outcomes;
    }
}
