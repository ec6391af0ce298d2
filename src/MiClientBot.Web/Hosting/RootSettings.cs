using MiClientBot.Core.Options;

namespace MiClientBot.Web.Hosting;

/// <summary>
/// Where the one configuration file (<see cref="SettingsFile"/>, shared with the CLI) is: found by walking up from
/// the content root, the working directory, then the program's folder.
/// </summary>
internal sealed record RootSettings(string? File)
{
    /// <summary>The folder relative paths in the file (Personas:Directory) are resolved against.</summary>
    public string BaseDirectory => File is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(File)!;

    public static RootSettings Locate(string contentRoot) =>
        new(SettingsFile.Find(contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory));
}
