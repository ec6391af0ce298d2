using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using MiClientBot.Coding.Training;

namespace MiClientBot.Cli.Commands;

/// <summary>
/// `mi-client train coder [--annomi FILE] --out PATH`: trains the coder's statistical part on an
/// AnnoMI CSV and writes the compact model file (hashed weights only), printing its provenance.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("train", "Train the project's statistical models.");
        command.Subcommands.Add(CreateCoder(context));
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
