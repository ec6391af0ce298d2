using BenchmarkDotNet.Attributes;
using MiClientBot.Coding;
using MiClientBot.Core;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Benchmarks;

/// <summary>
/// One engine turn (code, transition, reply) in the middle of a session: the target is a median of
/// at most 100 microseconds. Serializing a session is what every stored turn costs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBenchmarks
{
    private static readonly string[] Script =
    [
        "Hva bringer deg hit i dag?", "Du er lei av at alle maser på deg.", "Du bør legge deg inn.",
        "Det høres ut som du er redd for å miste Emma.", "Det er helt opp til deg.", "Hva ville vært annerledes om du var rusfri?",
    ];

    private ClientEngine _engine = null!;
    private PersonaCatalog _personas = null!;
    private SessionState _midSession = null!;
    private Persona _lasse = null!;

    [GlobalSetup]
    public void Setup()
    {
        _personas = PersonaCatalog.Load(FindScenarios());
        _engine = new ClientEngine(_personas, TraineeMoveCoder.CreateDefault());
        var state = _engine.Start("lasse", Language.Nb, 7).State;
        foreach (var line in Script)
        {
            state = _engine.Respond(state, line).State;
        }

        _midSession = state;
        _lasse = _engine.Personas.All.Single(p => p.Id == "lasse");
    }

    [Benchmark(Description = "engine turn (nb reflection)")]
    public TurnResult Turn() => _engine.Respond(_midSession, "Du kjenner på at det er mye som står på spill for deg og Emma.");

    /// <summary>A question the client answers from its facts: the topic reader and the answer composer on top of a turn.</summary>
    [Benchmark(Description = "engine turn (nb fact question)")]
    public TurnResult Question() => _engine.Respond(_midSession, "Hvor mye drikker du egentlig på en vanlig dag, og hvor lenge har det vært sånn?");

    /// <summary>The topic reader alone, on a long run-on question.</summary>
    [Benchmark(Description = "topic reader (nb run-on question)")]
    public MiClientBot.Core.Topics.TopicReading Topic() =>
        MiClientBot.Core.Topics.TopicReader.Read("ok så jeg lurer litt på hvor mye du egentlig drikker på en vanlig dag, og hva sier Emma og Tone om det?", Language.Nb, _lasse);

    /// <summary>
    /// The same turn on a new engine, which has no client state machine yet and configures one: the
    /// difference from <see cref="Turn"/> is what configuring the machine on every turn would cost.
    /// </summary>
    [Benchmark(Description = "engine turn, machine configured")]
    public TurnResult TurnConfiguringMachine() =>
        new ClientEngine(_personas, TraineeMoveCoder.CreateDefault()).Respond(_midSession, "Du kjenner på at det er mye som står på spill for deg og Emma.");

    [Benchmark(Description = "serialize session")]
    public string Serialize() => SessionSerializer.Serialize(_midSession);

    private static string FindScenarios()
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
