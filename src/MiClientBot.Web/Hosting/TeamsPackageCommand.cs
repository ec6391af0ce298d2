using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiClientBot.Web.Hosting;

/// <summary>
/// `teams-package [--out FILE]`: zips teams/manifest.json with the bot id from configuration
/// (MicrosoftAppId in appsettings.json, an environment variable or --MicrosoftAppId=...) and the two icons.
/// </summary>
internal static class TeamsPackageCommand
{
    public const string Name = "teams-package";

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }

        var rest = args.Skip(1).ToList();
        var outIndex = rest.IndexOf("--out");
        string? output = null;
        if (outIndex >= 0 && outIndex + 1 < rest.Count)
        {
            output = rest[outIndex + 1];
            rest.RemoveRange(outIndex, 2);
        }

        var settings = RootSettings.Locate(Directory.GetCurrentDirectory());
        var builder = new ConfigurationBuilder();
        if (settings.File is not null)
        {
            builder.AddJsonFile(settings.File, optional: false);
        }

        var configuration = builder.AddEnvironmentVariables().AddCommandLine([.. rest]).Build();
        try
        {
            var path = Write(settings.BaseDirectory, configuration["MicrosoftAppId"], configuration["Web:PublicBaseUrl"], output);
            Console.WriteLine($"Teams app package: {path}");
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or JsonException)
        {
            Console.Error.WriteLine(e.Message);
            exitCode = 2;
        }

        return true;
    }

    /// <summary>Writes the package and returns its path.</summary>
    public static string Write(string root, string? appId, string? publicBaseUrl, string? output)
    {
        if (!Guid.TryParse(appId, out var id))
        {
            throw new InvalidOperationException("MicrosoftAppId must be set to the Azure Bot's app id (a GUID) in appsettings.json, the environment or --MicrosoftAppId=GUID.");
        }

        var teams = Path.Combine(root, "teams");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(teams, "manifest.json")))!.AsObject();
        manifest["id"] = id.ToString();
        foreach (var bot in manifest["bots"]?.AsArray() ?? [])
        {
            bot!["botId"] = id.ToString();
        }

        if (Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var host))
        {
            manifest["validDomains"] = new JsonArray(host.Host);
        }

        var path = Path.GetFullPath(output ?? Path.Combine(teams, "build", "miclientbot-teams.zip"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        zip.CreateEntryFromFile(Path.Combine(teams, "color.png"), "color.png");
        zip.CreateEntryFromFile(Path.Combine(teams, "outline.png"), "outline.png");
        return path;
    }
}
