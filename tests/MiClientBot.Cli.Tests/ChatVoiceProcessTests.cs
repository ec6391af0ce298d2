using System.Text.Json;

namespace MiClientBot.Cli.Tests;

/// <summary>`chat --persona lasse --lang nb` with the voice set in the environment, against a fake OpenAI-compatible server.</summary>
public class ChatVoiceProcessTests
{
    private const string Key = "sk-test-3f9a1c0de4b7";
    private const string Move = "Hei Lasse, hva bringer deg hit i dag?";
    private const string Fitting = "Tja, fastlegen mente jeg burde komme hit. Jeg vet ikke helt hva jeg gjør her, egentlig.";
    private static readonly string[] Chat = ["chat", "--persona", "lasse", "--lang", "nb", "--seed", "1"];

    private static Dictionary<string, string> Voice(FakeModelServer server, int timeoutSeconds = 6) => new()
    {
        ["Voice__Provider"] = "openai",
        ["Voice__Endpoint"] = server.BaseUrl,
        ["Voice__Model"] = "test-model",
        ["Voice__ApiKey"] = Key,
        ["Voice__TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Chat_FittingNorwegianReply_IsWhatTheClientSaysAndTheRequestCarriesPersonaAndTraineeWords()
    {
        await using var server = FakeModelServer.Start();
        server.Answer = _ => FakeAnswer.Text(Fitting);

        var (exit, output, error, _) = await CliProcess.RunAsync(Repo.Root, Voice(server), $"{Move}\n/quit\n", Chat);

        Assert.Equal(0, exit);
        Assert.Equal("Lasse: " + Fitting, LineAfter(output, "Du: " + Move));
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        var messages = string.Join('\n', JsonDocument.Parse(request.Body).RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()));
        Assert.Contains("You are Lasse, 38", messages, StringComparison.Ordinal);
        Assert.Contains("Drammen", messages, StringComparison.Ordinal);
        Assert.Contains(Move, messages, StringComparison.Ordinal);
        Assert.Contains("Norwegian", messages, StringComparison.Ordinal);
        Assert.Contains($"Voice: openai model 'test-model' at {server.BaseUrl}", error, StringComparison.Ordinal);
        AssertNoKey(output, error);
    }

    [Fact]
    public async Task Chat_EnglishReplyInANorwegianSession_IsNotUsed()
    {
        await using var server = FakeModelServer.Start();
        const string english = "Well, I don't really know why I'm here. My doctor sent me, that's all.";
        server.Answer = _ => FakeAnswer.Text(english);

        var voiced = await CliProcess.RunAsync(Repo.Root, Voice(server), $"{Move}\n/quit\n", Chat);
        var scripted = await CliProcess.RunAsync(Repo.Root, new Dictionary<string, string>(), $"{Move}\n/quit\n", Chat);

        Assert.Equal(0, voiced.Exit);
        Assert.DoesNotContain(english, voiced.Output, StringComparison.Ordinal);
        Assert.Equal(LineAfter(scripted.Output, "Du: " + Move), LineAfter(voiced.Output, "Du: " + Move));
        Assert.Single(server.Requests);
        AssertNoKey(voiced.Output, voiced.Error);
    }

    [Fact]
    public async Task Chat_ServerThatNeverAnswers_CostsAtMostTheTimeoutPlusTwoSecondsPerTurn()
    {
        await using var server = FakeModelServer.Start();
        server.Answer = _ => FakeAnswer.Never;
        const int timeout = 1;
        const string moves = "Hei Lasse, hva bringer deg hit i dag?\nDu høres sliten ut.\n/quit\n";

        var scripted = await CliProcess.RunAsync(Repo.Root, new Dictionary<string, string>(), moves, Chat);
        var voiced = await CliProcess.RunAsync(Repo.Root, Voice(server, timeout), moves, Chat);

        Assert.Equal(0, voiced.Exit);
        Assert.Equal(scripted.Output, voiced.Output);
        Assert.Equal(2, server.Requests.Count);
        var perTurn = (voiced.Elapsed - scripted.Elapsed) / 2;
        Assert.True(perTurn <= TimeSpan.FromSeconds(timeout + 2), $"a turn cost {perTurn.TotalSeconds:0.00} s more than without the voice");
        Assert.DoesNotContain("   at ", voiced.Error, StringComparison.Ordinal);
        AssertNoKey(voiced.Output, voiced.Error);
    }

    [Fact]
    public async Task Chat_BadVoiceValue_SaysSoInOneLineAndExitsTwo()
    {
        var (exit, output, error, _) = await CliProcess.RunAsync(Repo.Root, new Dictionary<string, string> { ["Voice__Provider"] = "gpt", ["Voice__ApiKey"] = Key }, "/quit\n", Chat);

        Assert.Equal(2, exit);
        Assert.Equal("Voice:Provider 'gpt' is not one of none, openai, azure-openai, ollama.", error.Trim());
        AssertNoKey(output, error);
    }

    private static string LineAfter(string output, string line)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var at = lines.IndexOf(line);
        Assert.True(at >= 0, $"'{line}' not in the transcript:\n{output}");
        return lines[at + 1];
    }

    private static void AssertNoKey(string output, string error)
    {
        Assert.DoesNotContain(Key, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error, StringComparison.Ordinal);
    }
}
