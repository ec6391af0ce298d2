namespace MiClientBot.Benchmarks;

/// <summary>Where the shipped personas are, found from the benchmark's output folder.</summary>
internal static class Paths
{
    public static string Scenarios()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (File.Exists(Path.Combine(dir.FullName, "MiClientBot.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("scenarios/ not found above " + AppContext.BaseDirectory);
    }
}
