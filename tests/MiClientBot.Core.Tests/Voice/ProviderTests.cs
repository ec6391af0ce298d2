using System.Text.Json;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Voice;

namespace MiClientBot.Core.Tests.Voice;

/// <summary>Each provider's requests, against the fake server on loopback: the address, the key header, the model.</summary>
public class ProviderTests
{
    private const string Question = "question-open: Hva bringer deg hit i dag, Lasse?";
    private const string Fitting = "Tja, fastlegen mente jeg burde komme hit. Jeg vet ikke helt hva jeg gjør her, egentlig.";

    [Fact]
    public async Task HandleAsync_AzureOpenAi_CallsTheV1ApiWithTheDeploymentAndTheKey()
    {
        await using var server = FakeModelServer.Start();
        server.Answer = _ => FakeAnswer.Text(Fitting);
        var voice = VoicedFlow.Create(new()
        {
            ["Voice:Provider"] = "azure-openai",
            ["Voice:Endpoint"] = $"http://127.0.0.1:{server.Port}/",
            ["Voice:Model"] = "mi-client-deployment",
            ["Voice:ApiKey"] = "azure-test-key",
        });

        var (_, outputs) = await voice.HandleAsync(VoicedFlow.Lasse(), Question);

        Assert.Equal(Fitting, Assert.Single(outputs.OfType<ClientSaid>()).Text);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("azure-test-key", request.ApiKey);
        Assert.Equal("mi-client-deployment", JsonDocument.Parse(request.Body).RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task HandleAsync_Ollama_CallsItsChatApiWithTheModel()
    {
        await using var server = FakeModelServer.Start();
        server.Answer = _ => FakeAnswer.Raw(200, JsonSerializer.Serialize(new
        {
            model = "llama3.2",
            created_at = "2026-01-01T00:00:00Z",
            message = new { role = "assistant", content = Fitting },
            done = true,
            done_reason = "stop",
        }));
        var voice = VoicedFlow.Create(new()
        {
            ["Voice:Provider"] = "ollama",
            ["Voice:Endpoint"] = $"http://127.0.0.1:{server.Port}",
            ["Voice:Model"] = "llama3.2",
        });

        var (_, outputs) = await voice.HandleAsync(VoicedFlow.Lasse(), Question);

        Assert.Equal(Fitting, Assert.Single(outputs.OfType<ClientSaid>()).Text);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/api/chat", request.Path);
        Assert.Equal("llama3.2", JsonDocument.Parse(request.Body).RootElement.GetProperty("model").GetString());
        Assert.Equal(1, voice.Counts[VoiceOutcome.Used]);
    }
}
