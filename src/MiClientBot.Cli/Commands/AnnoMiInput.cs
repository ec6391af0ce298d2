using MiClientBot.Coding.Training.AnnoMi;

namespace MiClientBot.Cli.Commands;

/// <summary>Reads the AnnoMI file a command was given, or says plainly why it cannot.</summary>
internal static class AnnoMiInput
{
    public static bool TryLoad(CliContext context, string path, out AnnoMiCorpus corpus)
    {
        corpus = null!;
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"AnnoMI file not found: {path}");
            return false;
        }

        try
        {
            corpus = AnnoMiCorpus.Load(path);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"Cannot read {path}: {e.Message}");
            return false;
        }
    }
}
