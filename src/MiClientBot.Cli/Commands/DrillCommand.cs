using System.CommandLine;
using MiClientBot.Cli.Configuration;
using MiClientBot.Coding;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Personas;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client drill --persona ID --lang L [--seed N] [--json]`: practise the third reply, one reply per drill from standard input.</summary>
internal static class DrillCommand
{
    public static Command Create(CliContext context)
    {
        var persona = new Option<string>("--persona") { Description = "The client whose drills to practise (see 'mi-client personas list').", Required = true };
        var lang = new Option<string?>("--lang") { Description = "en, nb or da (default: the persona's first language)." };
        var seed = new Option<long>("--seed") { Description = "Seed for the client's choices: the same seed and replies give the same results.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per drill (statement, code, delta, pressureBefore, pressureAfter, reply, feedback), then a summary object." };
        var command = new Command("drill", "Practise the third reply: a scene, the helper's move and the client's resistance; you write the reply.") { persona, lang, seed, json };
        command.SetAction(parse =>
        {
            if (!EngineFactory.TryLoad(context, out _, out var catalog))
            {
                return ExitCodes.Configuration;
            }

            if (!EngineFactory.TryResolve(context, catalog, parse.GetValue(persona)!, parse.GetValue(lang), out var p, out var language))
            {
                return ExitCodes.Usage;
            }

            var drills = DrillCatalog.Beside(catalog);
            var set = drills.For(p.Id, language);
            if (set.Count == 0)
            {
                var where = Path.Combine(catalog.Folder ?? "scenarios", DrillCatalog.FolderName, p.Id + ".yaml");
                context.Error.WriteLine(drills.HasIssues(p.Id)
                    ? $"No usable drills for {p.Name} in '{language.ToCode()}': {where} has problems; run 'mi-client personas validate'."
                    : $"No drills for {p.Name} in '{language.ToCode()}' ({where}).");
                return ExitCodes.Usage;
            }

            var runner = new DrillRunner(EngineFactory.CreateEngine(catalog));
            return Run(context, runner, p, language, set, parse.GetValue(seed), parse.GetValue(json));
        });
        return command;
    }

    private static int Run(CliContext context, DrillRunner runner, Persona persona, Language language, IReadOnlyList<Drill> set, long seed, bool json)
    {
        var tallies = new List<DrillTally>();
        var plain = !json;
        if (plain)
        {
            context.Out.WriteLine(DrillLines.Text(language, "start", set.Count, persona.Name));
        }

        for (var i = 0; i < set.Count; i++)
        {
            var drill = set[i];
            if (plain)
            {
                context.Out.WriteLine();
                context.Out.WriteLine(DrillLines.Heading(drill, i + 1, set.Count));
                foreach (var line in DrillLines.Scene(drill, persona.Name))
                {
                    context.Out.WriteLine(line);
                }
            }

            var (reply, stopped) = ReadReply(context, language, plain);
            if (reply is null)
            {
                // Stopping on purpose is no error; input that runs out before the set is done is.
                context.Error.WriteLine(DrillLines.Text(language, stopped ? "stopped-after" : "input-ended", i, set.Count));
                Summary(context, language, tallies, set.Count, json);
                return stopped ? ExitCodes.Ok : ExitCodes.Failure;
            }

            // Each drill is its own scene: a seed per drill keeps results independent of the replies before.
            var result = runner.Run(drill, seed + i, reply);
            tallies.Add(result.Tally);
            if (json)
            {
                context.Out.WriteLine(JsonOutput.Line(DrillJson.From(result)));
                continue;
            }

            if (!context.Interactive)
            {
                context.Out.WriteLine($"{DrillLines.Text(language, "you")}: {result.Statement}");
            }

            foreach (var line in DrillLines.Result(result, persona.Name))
            {
                context.Out.WriteLine(line);
            }
        }

        Summary(context, language, tallies, set.Count, json);
        return ExitCodes.Ok;
    }

    /// <summary>The next non-blank line; null at the end of input (Stopped false) or on /quit, /stop (Stopped true).</summary>
    private static (string? Reply, bool Stopped) ReadReply(CliContext context, Language language, bool plain)
    {
        while (true)
        {
            if (plain && context.Interactive)
            {
                context.Out.Write(DrillLines.Text(language, "prompt") + " ");
            }

            var line = context.In.ReadLine()?.Trim();
            if (line is null)
            {
                return (null, false);
            }

            if (line.Equals("/quit", StringComparison.OrdinalIgnoreCase) || line.Equals("/stop", StringComparison.OrdinalIgnoreCase)
                || line.Equals("/drill stop", StringComparison.OrdinalIgnoreCase))
            {
                return (null, true);
            }

            if (line.Length > 0)
            {
                return (line, false);
            }
        }
    }

    private static void Summary(CliContext context, Language language, List<DrillTally> tallies, int count, bool json)
    {
        var summary = DrillSummary.Of(tallies);
        if (json)
        {
            context.Out.WriteLine(JsonOutput.Line(DrillSummaryJson.From(summary, count)));
            return;
        }

        context.Out.WriteLine();
        foreach (var line in summary.Lines(language))
        {
            context.Out.WriteLine(line);
        }
    }
}
