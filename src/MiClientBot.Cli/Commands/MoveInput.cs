using System.CommandLine;
using MiClientBot.Cli.Configuration;
using MiClientBot.Coding;
using MiClientBot.Coding.Model;
using MiClientBot.Core.Drills;
using MiClientBot.Coding.Training.Moves;

namespace MiClientBot.Cli.Commands;

/// <summary>Finds and reads the typed move files (moves.LANG.tsv, hard.LANG.tsv) the chat-move heads are trained on.</summary>
internal static class MoveInput
{
    /// <summary>Where the move files live, relative to the repository.</summary>
    public const string DefaultFolder = "tests/MiClientBot.Coding.Tests/Moves";

    public static Option<string> Option() => new("--moves")
    {
        Description = $"folder of moves.LANG.tsv and hard.LANG.tsv (default: {DefaultFolder} in the repository)",
    };

    /// <summary>
    /// Reads the move files of every language (<paramref name="folder"/>, else the repository's beside
    /// appsettings.json) and adds the drills' sample replies of the configured scenarios, coded where needed
    /// by the rules and the shipped AnnoMI heads; or writes one line saying what is wrong.
    /// </summary>
    public static bool TryLoad(CliContext context, string? folder, out IReadOnlyDictionary<Language, IReadOnlyList<MoveExample>> moves)
    {
        moves = null!;
        if (!EngineFactory.TryLoad(context, out var config, out var catalog))
        {
            return false;
        }

        try
        {
            var drills = catalog.Folder is { } scenarios
                ? DrillCatalog.Validate(Path.Combine(scenarios, DrillCatalog.FolderName), catalog.All).Drills
                : [];
            moves = MoveModelTrainer.WithDrills(
                MoveModelTrainer.Load(folder ?? Path.Combine(config.BaseDirectory, DefaultFolder)), drills, new TraineeMoveCoder(CoderModel.LoadEmbedded()));
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{e.Message} (pass --moves with the folder of moves.LANG.tsv and hard.LANG.tsv)");
            return false;
        }
    }
}
