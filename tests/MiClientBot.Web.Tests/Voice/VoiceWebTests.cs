using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MiClientBot.Web.Tests.Storage;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Voice;

/// <summary>The web host with a model voice against a fake OpenAI-compatible server on loopback.</summary>
public sealed class VoiceWebTests : IAsyncLifetime
{
    private const string Key = "sk-web-test-77a0c1";
    private const string Move = "Hei Lasse, hva bringer deg hit i dag?";
    private const string Fitting = "Tja, fastlegen mente jeg burde komme hit. Jeg vet ikke helt hva jeg gjør her, egentlig.";

    private FakeConnector _connector = null!;
    private FakeModelServer _model = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _model = FakeModelServer.Start();
    }

    public async Task DisposeAsync()
    {
        await _model.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_VoiceOn_ClientSaysTheModelsWordsAndDiagnosticsCountThem()
    {
        _model.Answer = _ => FakeAnswer.Text(Fitting);
        await using var host = Host();

        await StartLasseAsync(host);
        var response = await host.PostAsync(Message(Move, "1700000000102"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("typing", _connector.Replies[0].Type);
        Assert.Contains(_connector.Replies, r => r.Text == "**Lasse:** " + Fitting);
        var figures = await FiguresAsync(host);
        Assert.Equal("openai", (string?)figures["provider"]);
        Assert.Equal(1, (long)figures["used"]!);
        Assert.Equal(0, (long)figures["timedOut"]!);
        Assert.DoesNotContain(Fitting, figures.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_SlowModel_TypingShowsAgainWhileItWaits()
    {
        _model.Answer = _ => FakeAnswer.Text(Fitting, TimeSpan.FromSeconds(3.6));
        await using var host = Host(timeoutSeconds: 5);

        await StartLasseAsync(host);
        await host.PostAsync(Message(Move, "1700000000102"));

        var types = _connector.Replies.Select(r => r.Type).ToList();
        Assert.Equal(["typing", "typing"], types.Take(2));
        Assert.Equal("message", types[2]);
        Assert.Contains(_connector.Replies, r => r.Text == "**Lasse:** " + Fitting);
    }

    [Fact]
    public async Task PostMessage_ModelNeverAnswers_ScriptedLineInTimeAndCountedAsTimedOut()
    {
        _model.Answer = _ => FakeAnswer.Never;
        await using var host = Host(timeoutSeconds: 1);

        await StartLasseAsync(host);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await host.PostAsync(Message(Move, "1700000000102"));

        // The model never answers, so any reply at all means the 1 s timeout cut it off; the bound only catches a
        // timeout that is ignored (the HTTP client's own 100 s). A tighter one failed on a loaded 2-core CI machine (8.4 s).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the turn took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains(_connector.Replies, r => r.Text?.StartsWith("**Lasse:** ", StringComparison.Ordinal) == true);
        var figures = await FiguresAsync(host);
        Assert.Equal(1, (long)figures["timedOut"]!);
        Assert.Equal(0, (long)figures["used"]!);
    }

    [Fact]
    public async Task PostMessage_VoiceOnWithTraceLogging_NoMessageTextNoModelTextAndNoKeyInLogs()
    {
        var logs = new CapturedLogs();
        var answers = new Queue<FakeAnswer>([FakeAnswer.Text(Fitting), FakeAnswer.Raw(500, """{"error":{"message":"boom"}}"""), FakeAnswer.Raw(200, "{no json")]);
        _model.Answer = _ => answers.Count > 0 ? answers.Dequeue() : FakeAnswer.Text(Fitting);
        await using var host = Host(services: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Trace);
        });

        await StartLasseAsync(host);
        await host.PostAsync(Message(Move, "1700000000102"));
        await host.PostAsync(Message("Du høres sliten ut, Lasse.", "1700000000103"));
        await host.PostAsync(Message("Emma betyr mye for deg.", "1700000000104"));

        Assert.Contains(logs.Lines, l => l.Contains("Voice: openai model 'test-model'", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Key, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("hva bringer deg", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("sliten", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("fastlegen mente", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Start_BadVoiceProvider_RefusesInOneLineWithExitTwo()
    {
        using var process = HostProcess.Start("--Voice:Provider=gpt", "--Storage:Provider=Memory");

        Assert.Equal(2, await process.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal("Voice:Provider 'gpt' is not one of none, openai, azure-openai, ollama.", process.Error.Trim());
    }

    [Fact]
    public async Task Start_NoVoice_SaysNoTextLeavesTheMachine()
    {
        using var process = HostProcess.Start("--Storage:Provider=Memory");

        Assert.True(await process.WaitForOutputAsync("no conversation text leaves this machine", TimeSpan.FromSeconds(60)), process.Output + process.Error);
    }

    private BotHost Host(double timeoutSeconds = 3, Action<IServiceCollection>? services = null) => new(
        new()
        {
            ["Voice:Provider"] = "openai",
            ["Voice:Endpoint"] = _model.BaseUrl,
            ["Voice:Model"] = "test-model",
            ["Voice:ApiKey"] = Key,
            ["Voice:TimeoutSeconds"] = timeoutSeconds.ToString(CultureInfo.InvariantCulture),
            ["Diagnostics:Enabled"] = "true",
        },
        services);

    private async Task StartLasseAsync(BotHost host)
    {
        await host.PostAsync(Message("/start lasse nb", "1700000000101"));
        _connector.Clear();
    }

    private JsonObject Message(string text, string id) => Teams.PersonalMessage(_connector.ServiceUrl, text, id: id, locale: "nb-NO");

    private static async Task<JsonObject> FiguresAsync(BotHost host) =>
        JsonNode.Parse(await host.CreateClient().GetStringAsync("/diagnostics/voice"))!.AsObject();
}
