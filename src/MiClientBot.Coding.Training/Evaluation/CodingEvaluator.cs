using MiClientBot.Coding.Model;

namespace MiClientBot.Coding.Training.Evaluation;

/// <summary>
/// Scores the coder against AnnoMI experts, in-sample (one coder for all) or with
/// transcript-grouped K-fold cross-validation (each fold's model never saw its transcripts).
/// </summary>
public static class CodingEvaluator
{
    /// <summary>Codes every example with <paramref name="coder"/> (in-sample when it is the shipped coder).</summary>
    public static EvaluationResult Evaluate(IReadOnlyList<TrainingExample> examples, bool fullFormat, ITraineeMoveCoder coder)
    {
        var result = NewResult(fullFormat);
        foreach (var example in examples)
        {
            Score(result, example, coder.Code(example.Utterance, Language.En, example.PreviousClient));
        }

        return result;
    }

    /// <summary>Trains a coder on all folds but one and scores it on that one, for each of <paramref name="folds"/> folds.</summary>
    /// <param name="examples">The utterances, with their transcripts.</param>
    /// <param name="fullFormat">Whether the subtypes are scored.</param>
    /// <param name="folds">K.</param>
    /// <param name="options">How each fold's model is trained.</param>
    /// <param name="foldSeed">
    /// Seeds the cut of transcripts into folds (default: <paramref name="options"/>' seed). Another cut with the
    /// training unchanged tells whether a gain is general or the luck of one cut.
    /// </param>
    /// <param name="moveModelsFor">
    /// Trains the chat-move heads for a fold from its training utterances and its AnnoMI heads (the English
    /// head learns AnnoMI as those code it, so the shipped heads would have seen the held-out fold); null
    /// scores the rules and the AnnoMI heads alone.
    /// </param>
    public static EvaluationResult CrossValidate(
        IReadOnlyList<TrainingExample> examples,
        bool fullFormat,
        int folds,
        TrainerOptions options,
        int? foldSeed = null,
        Func<IReadOnlyList<TrainingExample>, CoderModel, IReadOnlyDictionary<Language, CoderModel>>? moveModelsFor = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = AssignFolds(examples, folds, foldSeed ?? options.Seed);
        var result = NewResult(fullFormat);
        for (var k = 0; k < folds; k++)
        {
            var training = examples.Where(e => fold[e.TranscriptId] != k).ToList();
            var test = examples.Where(e => fold[e.TranscriptId] == k).ToList();
            if (test.Count == 0)
            {
                continue;
            }

            var annoMi = ModelTrainer.Train(training, options);
            var coder = new TraineeMoveCoder(annoMi, moveModelsFor?.Invoke(training, annoMi));
            foreach (var example in test)
            {
                Score(result, example, coder.Code(example.Utterance, Language.En, example.PreviousClient));
            }
        }

        return result;
    }

    /// <summary>Transcripts shuffled with a fixed seed, then dealt round-robin: folds of near-equal transcript count.</summary>
    internal static Dictionary<string, int> AssignFolds(IReadOnlyList<TrainingExample> examples, int folds, int seed)
    {
        var transcripts = examples.Select(e => e.TranscriptId).Distinct().Order(StringComparer.Ordinal).ToArray();
        new SplitMix(seed).Shuffle(transcripts);
        var fold = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < transcripts.Length; i++)
        {
            fold[transcripts[i]] = i % folds;
        }

        return fold;
    }

    private static EvaluationResult NewResult(bool fullFormat) => new(
        new ClassificationReport(ModelLabels.Behaviour),
        fullFormat ? new ClassificationReport(ModelLabels.Complexity) : null,
        fullFormat ? new ClassificationReport(ModelLabels.Question) : null,
        new ClassificationReport(ModelLabels.Behaviour),
        []);

    private static void Score(EvaluationResult result, TrainingExample example, CodingResult coded)
    {
        result.Behaviour.Add(example.Behaviour, coded.ToAnnoMiBehaviour());
        if (coded.ModelBehaviour is { } modelBehaviour)
        {
            result.ModelOnly.Add(example.Behaviour, modelBehaviour);
        }

        var key = (example.Behaviour, coded.Main);
        result.MainCodes[key] = result.MainCodes.GetValueOrDefault(key) + 1;

        // Subtypes are scored given the experts' behaviour: the coder's subtype for the volley,
        // whichever main code it chose.
        if (result.ReflectionComplexity is { } rc && example.ReflectionSubtype is { } rs)
        {
            rc.Add(rs, coded.Codes.Contains(MitiCode.ReflectionComplex) ? "complex"
                : coded.Codes.Contains(MitiCode.ReflectionSimple) ? "simple"
                : ReflectionGuess(coded));
        }

        if (result.QuestionType is { } qt && example.QuestionSubtype is { } qs)
        {
            qt.Add(qs, coded.Codes.Contains(MitiCode.QuestionOpen) ? "open"
                : coded.Codes.Contains(MitiCode.QuestionClosed) ? "closed"
                : coded.QuestionSubtype == MitiCode.QuestionOpen ? "open" : "closed");
        }
    }

    private static string ReflectionGuess(CodingResult coded) => coded.ReflectionSubtype == MitiCode.ReflectionComplex ? "complex" : "simple";
}
