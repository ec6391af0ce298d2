namespace MiClientBot.Tests.Shared;

/// <summary>Paths in the repository, found from a test's output folder (shared by every test project).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MiClientBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MiClientBot.sln not found above " + AppContext.BaseDirectory);
    }
}
