using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using MiClientBot.Coding;
using MiClientBot.Coding.Model;
using MiClientBot.Coding.Training;
using MiClientBot.Coding.Training.Moves;

namespace MiClientBot.Cli.Commands;

/// <summary>
/// `mi-client train coder [--annomi FILE] --out PATH`: trains the coder's statistical part on an
/// AnnoMI CSV and writes the compact model file (hashed weights only), printing its provenance;
/// `mi-client train moves [--moves DIR] --out DIR`: trains the chat-move head of each language on the
/// typed move files (moves.LANG.tsv and hard.LANG.tsv).
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("train", "Train the project's statistical models.");
        command.Subcommands.Add(CreateCoder(context));
        command.Subcommands.Add(CreateMoves(context));
        return command;
    }

    private static Command CreateMoves(CliContext context)
    {
        var moves = MoveInput.Option();
        var output = new Option<string>("--out") { Description = "folder to write chat-model-LANG.bin into", Required = true };
        var annomi = AnnoMiInput.Option("AnnoMI CSV file whose therapist utterances, coded by the rules and the shipped AnnoMI heads, join the English moves");
        var command = new Command("moves", "Train the chat-move head of each language on the typed move files (deterministic: fixed seed).");
        command.Options.Add(moves);
        command.Options.Add(annomi);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            var annoMi = CoderModel.LoadEmbedded();
            if (!MoveInput.TryLoad(context, parse.GetValue(moves), out var examples)
                || !AnnoMiInput.TryLoad(context, parse.GetValue(annomi) ?? AnnoMiInput.DefaultPath(), out var corpus))
            {
                return ExitCodes.Usage;
            }

            var options = new TrainerOptions();
            var models = MoveModelTrainer.Train(examples, corpus.Examples, annoMi, options);
            var inv = CultureInfo.InvariantCulture;
            try
            {
                Directory.CreateDirectory(target);
                foreach (var (language, model) in models)
                {
                    var path = Path.Combine(target, CoderModel.MoveModelFileName(language));
                    using (var stream = File.Create(path))
                    {
                        model.Save(stream);
                    }

                    var extra = language == Language.En ? $" and {corpus.Examples.Count} AnnoMI utterances" : "";
                    context.Out.WriteLine(string.Create(inv, $"{path}: {examples[language].Count} typed moves and drill replies{extra}, {new FileInfo(path).Length} bytes"));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"Cannot write the models into {target}: {e.Message}");
                return ExitCodes.Usage;
            }

            context.Out.WriteLine(string.Create(inv, $"hyper-parameters: MoveBits = {options.MoveBits}, MoveEpochs = {options.MoveEpochs}, MoveLearningRate = {options.MoveLearningRate}, L2 = {options.L2}, ClassWeightPower = {options.ClassWeightPower}, Seed = {options.Seed}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateCoder(CliContext context)
    {
        var annomi = AnnoMiInput.Option("AnnoMI CSV file (the full format adds the subtype heads)");
        var output = new Option<string>("--out") { Description = "where to write the model file", Required = true };
        var command = new Command("coder", "Train the trainee-move coder's model (deterministic: fixed seed).");
        command.Options.Add(annomi);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(annomi) ?? AnnoMiInput.DefaultPath();
            var target = parse.GetValue(output)!;
            if (!AnnoMiInput.TryLoad(context, path, out var corpus))
            {
                return ExitCodes.Usage;
            }

            var options = new TrainerOptions();
            var model = ModelTrainer.Train(corpus.Examples, options);
            var directory = Path.GetDirectoryName(Path.GetFullPath(target));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            using (var stream = File.Create(target))
            {
                model.Save(stream);
            }

            string sha;
            using (var source = File.OpenRead(path))
            {
                sha = Convert.ToHexStringLower(SHA256.HashData(source));
            }

            var inv = CultureInfo.InvariantCulture;
            context.Out.WriteLine($"source: {Path.GetFileName(path)} sha256 {sha}");
            context.Out.WriteLine(string.Create(inv, $"examples: {corpus.Examples.Count} therapist utterances from {corpus.Examples.Select(e => e.TranscriptId).Distinct().Count()} transcripts"));
            context.Out.WriteLine(string.Create(inv, $"hyper-parameters: {options}"));
            context.Out.WriteLine(string.Create(inv, $"model: {target} ({new FileInfo(target).Length} bytes, {model.Heads.Count} heads)"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
