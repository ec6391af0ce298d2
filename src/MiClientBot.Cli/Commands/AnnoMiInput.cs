using System.CommandLine;
using MiClientBot.Coding.Training.AnnoMi;

namespace MiClientBot.Cli.Commands;

/// <summary>
/// Finds and reads the AnnoMI file a command works on, or says in one line where to get it. AnnoMI is not in the
/// repository: data/annomi/README.md says where to download it and how to cut the development split.
/// </summary>
internal static class AnnoMiInput
{
    /// <summary>An environment variable naming the file, for machines that keep data sets elsewhere (CI).</summary>
    public const string Variable = "MICLIENTBOT_ANNOMI";

    /// <summary>Where the development split goes, relative to the repository.</summary>
    public const string DefaultFile = "data/annomi/annomi-full-dev.csv";

    public const string Source = "https://github.com/uccollab/AnnoMI";

    /// <summary>The --annomi option every AnnoMI command takes; without it, <see cref="DefaultPath"/>.</summary>
    public static Option<string> Option(string what) => new("--annomi")
    {
        Description = $"{what} (default: ${Variable}, else {DefaultFile} in the repository)",
    };

    /// <summary>$MICLIENTBOT_ANNOMI, else data/annomi/annomi-full-dev.csv in the repository above the working directory.</summary>
    public static string DefaultPath()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return Path.GetFullPath(named);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) || File.Exists(Path.Combine(dir.FullName, DefaultFile)))
            {
                return Path.Combine(dir.FullName, DefaultFile);
            }
        }

        return Path.GetFullPath(DefaultFile);
    }

    /// <summary>Reads <paramref name="path"/> (null: the default place), or writes one line saying what is wrong and where to get AnnoMI.</summary>
    public static bool TryLoad(CliContext context, string? path, out AnnoMiCorpus corpus)
    {
        corpus = null!;
        var file = path ?? DefaultPath();
        if (!File.Exists(file))
        {
            context.Error.WriteLine(path is null
                ? $"AnnoMI not found at {file}: download AnnoMI-full.csv from {Source} and cut the development split into {DefaultFile} as data/annomi/README.md shows (or pass --annomi FILE)."
                : $"AnnoMI file not found: {file}. AnnoMI-full.csv is at {Source}; data/annomi/README.md shows how to cut the development split.");
            return false;
        }

        try
        {
            corpus = AnnoMiCorpus.Load(file);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"Cannot read {file}: {e.Message}");
            return false;
        }
    }
}
