using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MiClientBot.Coding;
using MiClientBot.Coding.Model;
using MiClientBot.Coding.Training;
using MiClientBot.Coding.Training.Evaluation;
using MiClientBot.Coding.Training.Moves;

namespace MiClientBot.Cli.Commands;

/// <summary>
/// `mi-client eval coding [--annomi FILE] [--cross-validate K [--fold-seed N]]`: codes every therapist utterance
/// (with the client's previous utterance as context), maps the codes onto AnnoMI's main
/// behaviour and prints per-class figures, the confusion matrix and, last, one JSON line.
/// </summary>
internal static class EvalCodingCommand
{
    public static Command Create(CliContext context)
    {
        var annomi = AnnoMiInput.Option("AnnoMI CSV file (simple or full format)");
        var folds = new Option<int>("--cross-validate")
        {
            Description = "K: transcript-grouped K-fold cross-validation (the model is retrained on the other folds)",
        };
        var epochs = new Option<int?>("--epochs") { Description = "training epochs in cross-validation (default: the shipped model's)" };
        var rate = new Option<double?>("--learning-rate") { Description = "AdaGrad learning rate in cross-validation" };
        var l2 = new Option<double?>("--l2") { Description = "L2 penalty in cross-validation" };
        var weight = new Option<double?>("--class-weight-power") { Description = "class weighting in cross-validation (0 = none)" };
        var foldSeed = new Option<int?>("--fold-seed")
        {
            Description = "seed of the cut of transcripts into folds (default: the training seed); the training is unchanged",
        };
        var moves = MoveInput.Option();
        var command = new Command("coding", "Code every therapist utterance of an AnnoMI CSV and score against the experts.");
        command.Options.Add(annomi);
        command.Options.Add(moves);
        command.Options.Add(folds);
        command.Options.Add(epochs);
        command.Options.Add(rate);
        command.Options.Add(l2);
        command.Options.Add(weight);
        command.Options.Add(foldSeed);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(annomi);
            var k = parse.GetValue(folds);
            if (k is 1 or < 0)
            {
                context.Error.WriteLine("--cross-validate needs K >= 2 (or leave it out for an in-sample run).");
                return ExitCodes.Usage;
            }

            if (!AnnoMiInput.TryLoad(context, path, out var corpus))
            {
                return ExitCodes.Usage;
            }

            IReadOnlyDictionary<Language, IReadOnlyList<MoveExample>>? typed = null;
            if (k >= 2 && !MoveInput.TryLoad(context, parse.GetValue(moves), out typed))
            {
                return ExitCodes.Usage;
            }

            // Each fold gets chat-move heads of its own: the shipped English one learned every AnnoMI utterance.
            var result = k >= 2
                ? CodingEvaluator.CrossValidate(
                    corpus.Examples, corpus.IsFullFormat, k, Options(), parse.GetValue(foldSeed),
                    (training, annoMi) => MoveModelTrainer.Train(typed!, training, annoMi, new TrainerOptions()))
                : CodingEvaluator.Evaluate(corpus.Examples, corpus.IsFullFormat, TraineeMoveCoder.CreateDefault());
            TrainerOptions Options()
            {
                var defaults = new TrainerOptions();
                return defaults with
                {
                    Epochs = parse.GetValue(epochs) ?? defaults.Epochs,
                    LearningRate = parse.GetValue(rate) ?? defaults.LearningRate,
                    L2 = parse.GetValue(l2) ?? defaults.L2,
                    ClassWeightPower = parse.GetValue(weight) ?? defaults.ClassWeightPower,
                };
            }

            var mode = k >= 2 ? $"transcript-grouped {k}-fold cross-validation{FoldSeed(parse.GetValue(foldSeed))}" : "in-sample (embedded model)";
            Print(context.Out, result, mode, k);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter output, EvaluationResult result, string mode, int folds)
    {
        output.WriteLine($"AnnoMI main therapist behaviour, {mode}");
        output.WriteLine(result.Behaviour.Format("behaviour"));
        if (result.ReflectionComplexity is { } rc)
        {
            output.WriteLine(rc.Format("reflection subtype (utterances the experts called reflections)"));
        }

        if (result.QuestionType is { } qt)
        {
            output.WriteLine(qt.Format("question subtype (utterances the experts called questions)"));
        }

        if (result.ModelOnly.Count > 0)
        {
            output.WriteLine(result.ModelOnly.Format("behaviour by the statistical part alone (no rules)"));
        }

        output.WriteLine("main MITI code by the experts' behaviour");
        foreach (var gold in ModelLabels.Behaviour)
        {
            var row = result.MainCodes.Where(p => p.Key.Gold == gold).OrderByDescending(p => p.Value)
                .Select(p => $"{p.Key.Main.ToName()} {p.Value}");
            output.WriteLine($"  {gold}: {string.Join(", ", row)}");
        }

        var b = result.Behaviour;
        var summary = new Dictionary<string, object>
        {
            ["macroF1"] = Round(b.MacroF1),
            ["accuracy"] = Round(b.Accuracy),
            ["n"] = b.Count,
        };
        if (result.ReflectionComplexity is { } r)
        {
            summary["reflectionComplexityF1"] = Round(r.MacroF1);
        }

        if (result.QuestionType is { } q)
        {
            summary["questionTypeF1"] = Round(q.MacroF1);
        }

        summary["f1"] = Enumerable.Range(0, b.Labels.Count).ToDictionary(i => b.Labels[i], i => Round(b.F1(i)));
        summary["mode"] = folds >= 2 ? string.Create(CultureInfo.InvariantCulture, $"cv{folds}") : "in-sample";
        output.WriteLine(JsonSerializer.Serialize(summary));
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static string FoldSeed(int? seed) => seed is { } s ? string.Create(CultureInfo.InvariantCulture, $", fold seed {s}") : "";
}
