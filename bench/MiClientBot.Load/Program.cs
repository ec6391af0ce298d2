using System.Globalization;
using System.Runtime.InteropServices;
using MiClientBot.Load;

// Drives the host on loopback and prints turns per second and latency beside its bare echo endpoint,
// errors, and memory per session. See bench/README.md.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
await using var host = await HostUnderTest.StartOrTargetAsync(options, probe);
using var http = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = int.MaxValue,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
})
{ BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(30) };
await using var connector = await LoopbackConnector.StartAsync();

var run = Guid.NewGuid().ToString("N")[..8];
var n = options.Concurrency;
var turns = options.TurnsPerConversation;
Scenario echo = new("echo", "req/s", w => new EchoDriver(http, w));
Scenario floor = new("protocol floor (no bot)", "turns/s", w => new MessagesDriver(http, null, $"{run}-f{w}", turns, protocolFloor: true));
Scenario api = new("api/messages expectReplies", "turns/s", w => new MessagesDriver(http, null, $"{run}-a{w}", turns));
Scenario viaConnector = new("api/messages + connector", "turns/s", w => new MessagesDriver(http, connector, $"{run}-c{w}", turns));
Scenario directLine = new("directline post+poll", "turns/s", w => new DirectLineDriver(http, $"{run}-d{w}", turns));
Scenario[] scenarios = [echo, .. new[] { ("floor", floor), ("api", api), ("connector", viaConnector), ("directline", directLine) }.Where(p => options.Phases.Contains(p.Item1)).Select(p => p.Item2)];

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}");
Console.WriteLine($"host: {host.Url}{(host.ProcessId is { } pid ? $" (pid {pid})" : string.Empty)}; {n} concurrent conversations; {options.Rounds} rounds x {options.PhaseSeconds:0.#} s per phase; {turns} moves per conversation; {options.Storage} session store");

var runner = new PhaseRunner(n, () => host.CpuTime);
var setup = new PhaseResult(new Scenario("warm-up and sessions", "turns/s", _ => throw new InvalidOperationException()));
foreach (var scenario in scenarios)
{
    await runner.RunForAsync(scenario, options.WarmupSeconds, setup);
}

Scenario apiSessions = new("api/messages sessions", "turns/s", w => new MessagesDriver(http, null, $"{run}-ma{w}", MemoryProbe.MovesPerSession));
var kbApi = await MemoryProbe.BytesPerSessionAsync(http, runner, apiSessions, options.Sessions, n, setup) / 1024;
double? kbDirectLine = null;
if (options.DirectLineMemory)
{
    Scenario dlSessions = new("directline sessions", "turns/s", w => new DirectLineDriver(http, $"{run}-md{w}", MemoryProbe.MovesPerSession));
    kbDirectLine = await MemoryProbe.BytesPerSessionAsync(http, runner, dlSessions, options.Sessions, n, setup) / 1024;
}

var results = scenarios.ToDictionary(s => s, s => new PhaseResult(s));
for (var round = 0; round < options.Rounds; round++)
{
    foreach (var scenario in scenarios)
    {
        await runner.RunForAsync(scenario, options.PhaseSeconds, results[scenario]);
    }
}

Console.WriteLine($"{"phase",-30} {"rate",12} {"p50 ms",8} {"p99 ms",8} {"count",9} {"errors",7} {"vs echo",8} {"host µs",8} {"tool µs",8}");
foreach (var r in results.Values)
{
    Console.WriteLine($"{r.Scenario.Name,-30} {r.PerSecond,8:F0} {r.Scenario.Unit,-7}{r.PercentileMs(0.5),6:F2} {r.PercentileMs(0.99),8:F2} {r.Turns,9} {r.Errors,7} {r.PerSecond / results[echo].PerSecond,8:F2} {r.HostCpuMicroseconds,8:F1} {r.ToolCpuMicroseconds,8:F1}");
}

var errors = setup.Errors + results.Values.Sum(r => r.Errors);
Console.WriteLine($"connector received {connector.Replies} replies; warm-up and session creation: {setup.Turns} turns, {setup.Errors} errors");
Console.WriteLine($"memory per session: api/messages {kbApi:F2} KB" + (kbDirectLine is { } kb ? $", directline {kb:F2} KB" : string.Empty));
if (results.TryGetValue(floor, out var bare) && results.TryGetValue(api, out var bot))
{
    Console.WriteLine($"api/messages vs the protocol floor: {bot.PerSecond / bare.PerSecond:F2} (what the bot's own turn leaves of a bot that only answers)");
}

var ratio = results.TryGetValue(api, out var headline) ? headline.PerSecond / results[echo].PerSecond : double.NaN;
Console.WriteLine($"ratio_vs_echo={ratio:F2} errors={errors}");
return errors == 0 ? 0 : 1;
