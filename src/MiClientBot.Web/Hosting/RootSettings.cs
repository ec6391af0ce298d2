namespace MiClientBot.Web.Hosting;

/// <summary>
/// The one configuration file, appsettings.json at the repository root (shared with the CLI): found
/// by walking up from the content root, the working directory, then the program's folder.
/// </summary>
internal sealed record RootSettings(string? File)
{
    public const string FileName = "appsettings.json";

    /// <summary>The folder relative paths in the file (Personas:Directory) are resolved against.</summary>
    public string BaseDirectory => File is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(File)!;

    public static RootSettings Locate(string contentRoot) =>
        new(FindUpwards(contentRoot) ?? FindUpwards(Directory.GetCurrentDirectory()) ?? FindUpwards(AppContext.BaseDirectory));

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
