using System.Globalization;

namespace MiClientBot.Load;

/// <summary>The command line: what to drive, how hard and how long.</summary>
internal sealed class LoadOptions
{
    /// <summary>A running host to target; null starts one from <see cref="HostDll"/>.</summary>
    public string? Url { get; private set; }

    public string? HostDll { get; private set; }

    public int Concurrency { get; private set; } = 8;

    /// <summary>Seconds each phase runs per round; echo and the bot phases alternate, so drift on a shared machine hits all alike.</summary>
    public double PhaseSeconds { get; private set; } = 40;

    public int Rounds { get; private set; } = 5;

    public double WarmupSeconds { get; private set; } = 5;

    /// <summary>Trainee moves per conversation before a worker starts a new one (a real session has tens, not thousands).</summary>
    public int TurnsPerConversation { get; private set; } = 12;

    /// <summary>Sessions created for the memory figure.</summary>
    public int Sessions { get; private set; } = 10_000;

    /// <summary>Also measure memory per Direct Line session (its activity log comes on top of the role-play state).</summary>
    public bool DirectLineMemory { get; private set; } = true;

    /// <summary>
    /// The host's session store: "memory" (default) measures what the bot itself adds to a request and
    /// the memory a session holds; "sqlite" measures the default durable store (a temporary file).
    /// </summary>
    public string Storage { get; private set; } = "memory";

    /// <summary>The bot phases to run (echo always runs, as the baseline): api, connector, directline, and floor (opt-in: the protocol with no bot).</summary>
    public IReadOnlySet<string> Phases { get; private set; } = new HashSet<string>(["api", "connector", "directline"], StringComparer.Ordinal);

    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--quick":
                    (o.PhaseSeconds, o.Rounds, o.WarmupSeconds, o.DirectLineMemory) = (3, 2, 1, false);
                    break;
                case "--url": o.Url = Next().TrimEnd('/'); break;
                case "--host-dll": o.HostDll = Next(); break;
                case "--concurrency": o.Concurrency = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seconds": o.PhaseSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--rounds": o.Rounds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warmup": o.WarmupSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--turns": o.TurnsPerConversation = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--sessions": o.Sessions = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--phases": o.Phases = ParsePhases(Next()); break;
                case "--storage": o.Storage = Next() is "memory" or "sqlite" ? args[i] : throw new ArgumentException("--storage is memory or sqlite."); break;
                case "--directline-memory": o.DirectLineMemory = true; break;
                case "--no-directline-memory": o.DirectLineMemory = false; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return o;
    }

    private static HashSet<string> ParsePhases(string value)
    {
        string[] known = ["floor", "api", "connector", "directline"];
        var phases = new HashSet<string>(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        return phases.Count > 0 && phases.IsSubsetOf(known)
            ? phases
            : throw new ArgumentException($"--phases takes one or more of {string.Join(", ", known)}, separated by commas (echo always runs).");
    }
}
