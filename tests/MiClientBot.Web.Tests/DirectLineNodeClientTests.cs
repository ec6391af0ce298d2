using System.Diagnostics;
using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>
/// Microsoft's own Direct Line client, botframework-directlinejs, talking to the host from Node
/// (tests/directline-client/talk.mjs; test.sh runs npm ci there).
/// </summary>
public sealed class DirectLineNodeClientTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DirectLineJs_StartAndOneLine_GetsTheClientsReplyAndTheBalloon(bool webSocket)
    {
        await using var host = BotHost.Anonymous();
        var url = host.StartOnLoopback();

        var result = await TalkAsync(webSocket, $"{url}/v3/directline", "/start lasse nb", "Hei Lasse, hva bringer deg hit i dag?");

        var turns = result["turns"]!.AsArray();
        var greeting = turns[1]!;
        Assert.Equal("talk-1", (string)greeting["echo"]!["channelData"]!["clientActivityID"]!);
        Assert.Equal("user", (string)greeting["echo"]!["from"]!["role"]!);
        var reply = greeting["replies"]!.AsArray().Select(r => r!).Single(r => (string?)r["type"] == "message");
        Assert.StartsWith("**Lasse:**", (string)reply["text"]!, StringComparison.Ordinal);
        Assert.Equal("bot", (string)reply["from"]!["role"]!);
        Assert.Equal(1, (int)greeting["state"]!["value"]!["turn"]!);
        Assert.Equal(0, (int)turns[0]!["state"]!["value"]!["turn"]!);
    }

    private static async Task<JsonObject> TalkAsync(bool webSocket, string domain, params string[] lines)
    {
        var folder = Path.Combine(Repo.Root, "tests", "directline-client");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "botframework-directlinejs")),
            "botframework-directlinejs is not installed: run ./test.sh (it runs npm ci in tests/directline-client).");
        var info = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("talk.mjs");
        if (webSocket)
        {
            info.ArgumentList.Add("--websocket");
        }

        info.ArgumentList.Add(domain);
        foreach (var line in lines)
        {
            info.ArgumentList.Add(line);
        }

        using var node = Process.Start(info)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node talk.mjs exited with {node.ExitCode}: {await error}");
        return JsonNode.Parse(await output)!.AsObject();
    }
}
