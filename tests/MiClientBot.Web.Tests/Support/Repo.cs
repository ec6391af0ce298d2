namespace MiClientBot.Web.Tests.Support;

/// <summary>The repository root, found from the test's output folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

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
