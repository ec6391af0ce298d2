using System.CommandLine;
using System.Globalization;
using MiClientBot.Cli.Configuration;
using MiClientBot.Coding;
using MiClientBot.Coding.Training;
using MiClientBot.Coding.Training.Evaluation;
using MiClientBot.Coding.Training.Moves;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client eval sessions [--annomi FILE] [--persona ID]`: does good MI calm the client and poor MI inflate it?</summary>
internal static class EvalSessionsCommand
{
    public static Command Create(CliContext context)
    {
        var file = AnnoMiInput.Option("An AnnoMI CSV file (simple or full format)");
        var persona = new Option<string>("--persona") { Description = "The English-speaking client to replay into.", DefaultValueFactory = _ => "gary" };
        var seed = new Option<long>("--seed") { Description = "Seed for each replayed session.", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--cross-validate") { Description = "Replay each fold of transcripts with models trained without it (0: the shipped models)." };
        var moves = MoveInput.Option();
        var command = new Command("sessions", "Replay AnnoMI transcripts into the client and score sessions by mean balloon pressure.") { file, persona, seed, folds, moves };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            if (!EngineFactory.TryLoad(context, out _, out var catalog))
            {
                return ExitCodes.Configuration;
            }

            if (!EngineFactory.TryResolve(context, catalog, parse.GetValue(persona)!, "en", out var p, out _))
            {
                return ExitCodes.Usage;
            }

            if (!AnnoMiInput.TryLoad(context, path, out var corpus))
            {
                return ExitCodes.Usage;
            }

            IReadOnlyList<TranscriptScore> scores;
            var k = parse.GetValue(folds);
            if (k == 0)
            {
                var coder = TraineeMoveCoder.CreateDefault();
                scores = SessionQualityEvaluator.Evaluate(corpus, new ClientEngine(catalog, coder), coder, p.Id, parse.GetValue(seed));
            }
            else if (k < 2)
            {
                context.Error.WriteLine("--cross-validate needs at least 2 folds (or 0 for the shipped models)");
                return ExitCodes.Usage;
            }
            else if (!MoveInput.TryLoad(context, parse.GetValue(moves), out var typed))
            {
                return ExitCodes.Usage;
            }
            else
            {
                var options = new TrainerOptions();
                scores = SessionQualityEvaluator.CrossValidate(
                    corpus,
                    coder => new ClientEngine(catalog, coder),
                    training =>
                    {
                        var annoMi = ModelTrainer.Train(training, options);
                        return new TraineeMoveCoder(annoMi, MoveModelTrainer.Train(typed, training, annoMi, options));
                    },
                    p.Id,
                    parse.GetValue(seed),
                    k,
                    options.Seed);
            }

            context.Out.WriteLine("transcript quality turns mean_pressure final_pressure final_state");
            foreach (var s in scores)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.TranscriptId,10} {s.Quality,-7} {s.Turns,5} {s.MeanPressure,13:0.0} {s.FinalPressure,14:0.0} {s.FinalState.ToName()}"));
            }

            double Mean(string quality) => Math.Round(scores.Where(s => s.Quality == quality).Select(s => s.MeanPressure).DefaultIfEmpty(double.NaN).Average(), 2);
            var auc = SessionQualityEvaluator.Auc(scores);
            context.Out.WriteLine(JsonOutput.Line(new
            {
                auc = double.IsNaN(auc) ? (double?)null : Math.Round(auc, 4),
                transcripts = scores.Count,
                statistic = "mean pressure",
                mean = new { high = Mean("high"), low = Mean("low") },
            }));
            return ExitCodes.Ok;
        });
        return command;
    }
}
