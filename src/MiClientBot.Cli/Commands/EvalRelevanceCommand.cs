using System.CommandLine;
using System.Globalization;
using MiClientBot.Cli.Configuration;
using MiClientBot.Coding;
using MiClientBot.Core.Evaluation;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client eval relevance [--questions PATH]`: does the client answer what it was asked?</summary>
internal static class EvalRelevanceCommand
{
    public static Command Create(CliContext context)
    {
        var questions = new Option<string?>("--questions") { Description = "A question set (.tsv) or a folder of them; default tests/relevance beside scenarios/." };
        var seed = new Option<long>("--seed") { Description = "Seed of each fresh session.", DefaultValueFactory = _ => 1 };
        var misses = new Option<bool>("--misses") { Description = "Also print every question whose answer did not fit." };
        var command = new Command("relevance", "Ask each question of a set as a first move and count the fitting answers per language.") { questions, seed, misses };
        command.SetAction(parse =>
        {
            if (!EngineFactory.TryLoad(context, out var config, out var catalog))
            {
                return ExitCodes.Configuration;
            }

            var path = parse.GetValue(questions)
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(config.PersonaDirectory))!, "tests", "relevance");
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                context.Error.WriteLine($"No question set at '{path}'. Give one with --questions FILE.tsv or a folder of them.");
                return ExitCodes.Usage;
            }

            IReadOnlyList<RelevanceQuestion> set;
            try
            {
                set = RelevanceEvaluator.Load(path);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine(e.Message);
                return ExitCodes.Usage;
            }

            foreach (var q in set.Where(q => !catalog.TryGet(q.PersonaId, out var p) || !p.Speaks(q.Language)))
            {
                context.Error.WriteLine($"{q.File}: persona '{q.PersonaId}' does not speak '{q.Language.ToCode()}'.");
                return ExitCodes.Usage;
            }

            var outcomes = RelevanceEvaluator.Evaluate(EngineFactory.CreateEngine(catalog), set, parse.GetValue(seed));
            if (parse.GetValue(misses))
            {
                foreach (var o in outcomes.Where(o => !o.Fits))
                {
                    context.Out.WriteLine($"miss {o.Question.File} [{o.Question.Topic} read {o.TopicRead ?? "-"}] {o.Question.Question} -> {o.Reply}");
                }
            }

            context.Out.WriteLine("lang questions fitting share topic_read");
            foreach (var group in outcomes.GroupBy(o => o.Question.Language).OrderBy(g => g.Key))
            {
                var n = group.Count();
                var fit = group.Count(o => o.Fits);
                var read = group.Count(o => o.TopicRead == o.Question.Topic);
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{group.Key.ToCode(),-4} {n,9} {fit,7} {(double)fit / n,5:0.000} {(double)read / n,10:0.000}"));
            }

            context.Out.WriteLine(JsonOutput.Line(new
            {
                questions = outcomes.Count,
                share = outcomes.GroupBy(o => o.Question.Language.ToCode())
                    .ToDictionary(g => g.Key, g => Math.Round((double)g.Count(o => o.Fits) / g.Count(), 4)),
            }));
            return ExitCodes.Ok;
        });
        return command;
    }
}
