using MiClientBot.Coding.Model;
using MiClientBot.Core.Drills;

namespace MiClientBot.Coding.Training.Moves;

/// <summary>
/// Trains the chat-move heads: for each language its typed move files; for English also AnnoMI's
/// therapist utterances as the rules and the AnnoMI heads code them, so that the head learns how
/// ordinary spoken MI talk is coded beside the hard typed moves.
/// </summary>
public static class MoveModelTrainer
{
    /// <summary>The chat-move model of every language in <paramref name="moves"/>.</summary>
    /// <param name="moves">The typed moves of each language.</param>
    /// <param name="annoMi">AnnoMI utterances for the English head (may be empty).</param>
    /// <param name="annoMiModel">The AnnoMI heads that, with the rules, code those utterances.</param>
    /// <param name="options">Hyper-parameters.</param>
    public static IReadOnlyDictionary<Language, CoderModel> Train(
        IReadOnlyDictionary<Language, IReadOnlyList<MoveExample>> moves,
        IReadOnlyList<TrainingExample> annoMi,
        CoderModel? annoMiModel,
        TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(annoMi);
        var models = new Dictionary<Language, CoderModel>();
        foreach (var (language, examples) in moves)
        {
            var all = examples;
            if (language == Language.En && annoMi.Count > 0)
            {
                var rules = new TraineeMoveCoder(annoMiModel);
                all = [.. examples, .. annoMi.Select(e => new MoveExample(e.PreviousClient, e.Utterance, rules.Code(e.Utterance, Language.En, e.PreviousClient).Main))];
            }

            models[language] = ModelTrainer.TrainMoves(all, language, options);
        }

        return models;
    }

    /// <summary>
    /// <paramref name="moves"/> with the drills' sample replies added to their language: trainer-written moves,
    /// most of them reflections of strong resistance, just weaker or stronger than said. The sample reflection
    /// keeps the reflection code the rules give it (complex when they read none), the undershoot is a simple
    /// and the overshoot a complex reflection (amplified), and the argument keeps persuade or confront as the
    /// rules read it (persuade when they read neither).
    /// </summary>
    public static IReadOnlyDictionary<Language, IReadOnlyList<MoveExample>> WithDrills(
        IReadOnlyDictionary<Language, IReadOnlyList<MoveExample>> moves, IEnumerable<Drill> drills, ITraineeMoveCoder rules)
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(drills);
        ArgumentNullException.ThrowIfNull(rules);
        var all = moves.ToDictionary(m => m.Key, m => new List<MoveExample>(m.Value));
        foreach (var drill in drills.OrderBy(d => d.PersonaId, StringComparer.Ordinal).ThenBy(d => d.Language).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            if (!all.TryGetValue(drill.Language, out var list))
            {
                continue;
            }

            var reflection = rules.Code(drill.Reflection, drill.Language, drill.Client).Main;
            list.Add(new MoveExample(drill.Client, drill.Reflection, reflection.IsReflection() ? reflection : MitiCode.ReflectionComplex));
            var argument = rules.Code(drill.Argument, drill.Language, drill.Client).Main;
            list.Add(new MoveExample(drill.Client, drill.Argument, argument is MitiCode.Confront ? argument : MitiCode.Persuade));
            if (drill.Undershoot is { } under)
            {
                list.Add(new MoveExample(drill.Client, under, MitiCode.ReflectionSimple));
            }

            if (drill.Overshoot is { } over)
            {
                list.Add(new MoveExample(drill.Client, over, MitiCode.ReflectionComplex));
            }
        }

        return all.ToDictionary(m => m.Key, m => (IReadOnlyList<MoveExample>)m.Value);
    }

    /// <summary>
    /// The typed moves of each language in <paramref name="folder"/>: moves.LANG.tsv and hard.LANG.tsv.
    /// </summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="InvalidDataException">A line is malformed (see <see cref="MoveFile.Load"/>).</exception>
    public static IReadOnlyDictionary<Language, IReadOnlyList<MoveExample>> Load(string folder)
    {
        var moves = new Dictionary<Language, IReadOnlyList<MoveExample>>();
        foreach (var language in Enum.GetValues<Language>())
        {
            var name = language.ToString().ToLowerInvariant();
            var examples = new List<MoveExample>();
            foreach (var file in new[] { $"moves.{name}.tsv", $"hard.{name}.tsv" })
            {
                var path = Path.Combine(folder, file);
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"move file not found: {Path.GetFullPath(path)}", path);
                }

                examples.AddRange(MoveFile.Load(path));
            }

            moves[language] = examples;
        }

        return moves;
    }
}
