namespace MiClientBot.Cli.Tests;

/// <summary>
/// The AnnoMI development split, which is not in the repository (data/annomi/README.md says where to get it):
/// MICLIENTBOT_ANNOMI, else data/annomi/annomi-full-dev.csv. Tests that need it are skipped, saying so, when it is
/// missing on a developer's machine, and fail in CI (CI=true), where it must be present.
/// </summary>
internal static class AnnoMiData
{
    public const string Variable = "MICLIENTBOT_ANNOMI";

    public static string Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named
        ? System.IO.Path.GetFullPath(named)
        : System.IO.Path.Combine(Repo.Root, "data", "annomi", "annomi-full-dev.csv");

    /// <summary>The file's path; skips the test (or fails it in CI) when the file is not there.</summary>
    public static string Require()
    {
        var path = Path;
        if (File.Exists(path))
        {
            return path;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"AnnoMI is required in CI but {path} does not exist: put annomi-full-dev.csv there (data/annomi/README.md) or set {Variable}.");
        }

        Skip.If(true, $"AnnoMI not found at {path}: these tests run when it is there (data/annomi/README.md says where to get it).");
        return path;
    }
}
