namespace MiClientBot.Core.Options;

/// <summary>The one configuration file, appsettings.json at the repository root, shared by the CLI and the web host.</summary>
public static class SettingsFile
{
    /// <summary>The file's name.</summary>
    public const string FileName = "appsettings.json";

    /// <summary>
    /// The nearest appsettings.json at or above the first of <paramref name="startFolders"/> that has one above it
    /// (each folder is walked up to the root before the next is tried); null when none has.
    /// </summary>
    public static string? Find(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
