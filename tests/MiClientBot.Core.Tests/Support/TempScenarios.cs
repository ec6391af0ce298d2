namespace MiClientBot.Core.Tests.Support;

/// <summary>A fresh folder with scenario files written by a test.</summary>
internal static class TempScenarios
{
    public static string With(string id, string yaml)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mi-scenarios-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, id + ".yaml"), yaml);
        return dir;
    }
}
