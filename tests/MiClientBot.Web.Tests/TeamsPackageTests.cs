using System.IO.Compression;
using System.Text.Json.Nodes;
using MiClientBot.Web.Hosting;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>The Teams app package a tenant admin or trainer sideloads.</summary>
public sealed class TeamsPackageTests
{
    [Fact]
    public void Write_AppIdConfigured_ZipHoldsManifestWithTheBotIdAndBothIcons()
    {
        var output = Path.Combine(Path.GetTempPath(), $"mi-teams-{Guid.NewGuid():N}.zip");

        TeamsPackageCommand.Write(Repo.Root, BotHost.AppId, "https://mi-client.example.org", output);

        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(reader.ReadToEnd())!;
        Assert.Equal(BotHost.AppId, (string?)manifest["id"]);
        Assert.Equal(BotHost.AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("mi-client.example.org", (string?)manifest["validDomains"]![0]);
        Assert.StartsWith("https://developer.microsoft.com/json-schemas/teams/v1.", (string?)manifest["$schema"]);
        Assert.Equal(192, PngWidth(zip, "color.png"));
        Assert.Equal(32, PngWidth(zip, "outline.png"));
    }

    [Fact]
    public void Write_NoAppId_RefusesNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TeamsPackageCommand.Write(Repo.Root, string.Empty, null, null));

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    private static int PngWidth(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19];
    }
}
