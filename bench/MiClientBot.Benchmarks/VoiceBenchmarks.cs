using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiClientBot.Core;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Voice;
using MiClientBot.Tests.Shared;
using MiClientBot.Voice;

namespace MiClientBot.Benchmarks;

/// <summary>
/// What the model voice adds to a turn on our side (target: at most 2 ms): the scripted turn, the same
/// turn phrased by a phraser that answers at once (the brief, the guard, the stored words), and phrased
/// through the OpenAI client by a fake OpenAI-compatible server on loopback that answers at once.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class VoiceBenchmarks
{
    private const string Move = "Du kjenner på at det er mye som står på spill for deg og Emma.";
    private const string Words = "Ja. Det er Emma det handler om, egentlig. Jeg vet ikke helt hva jeg skal gjøre.";

    private ConversationFlow _flow = null!;
    private ClientVoice _inProcess = null!;
    private ClientVoice _loopback = null!;
    private FakeModelServer _server = null!;
    private ConversationState _midSession = null!;

    [GlobalSetup]
    public void Setup()
    {
        _flow = new ConversationFlow(new ClientEngine(PersonaCatalog.Load(Paths.Scenarios()), TraineeMoveCoder.CreateDefault()));
        _inProcess = new ClientVoice(_flow, new AtOnce(), TimeSpan.FromSeconds(6));
        _server = FakeModelServer.Start();
        _server.Answer = _ => FakeAnswer.Text(Words);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Voice:Provider"] = "openai",
            ["Voice:Endpoint"] = _server.BaseUrl,
            ["Voice:Model"] = "bench-model",
        }).Build();
        _loopback = new ServiceCollection().AddSingleton(_flow).AddClientVoice(configuration.GetSection(VoiceOptions.Section))
            .BuildServiceProvider().GetRequiredService<ClientVoice>();

        var state = _flow.Start(new ConversationState { Seed = 7 }, "lasse", Language.Nb).State;
        foreach (var line in new[] { "Hva bringer deg hit i dag?", "Du er lei av at alle maser på deg.", "Det er helt opp til deg." })
        {
            state = _inProcess.HandleAsync(state, line).GetAwaiter().GetResult().State;
        }

        _midSession = state;
    }

    [GlobalCleanup]
    public void Cleanup() => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "scripted turn (voice off)")]
    public ConversationState Scripted() => _flow.Handle(_midSession, Move).State;

    [Benchmark(Description = "voiced turn, phraser answers at once")]
    public async Task<ConversationState> InProcess() => (await _inProcess.HandleAsync(_midSession, Move)).State;

    [Benchmark(Description = "voiced turn, fake OpenAI server on loopback")]
    public async Task<ConversationState> Loopback() => (await _loopback.HandleAsync(_midSession, Move)).State;

    private sealed class AtOnce : IReplyPhraser
    {
        public Task<string> PhraseAsync(PhraseRequest request, CancellationToken cancellationToken) => Task.FromResult(Words);
    }
}
