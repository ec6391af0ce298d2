using System.CommandLine;
using MiClientBot.Cli.Configuration;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client replay FILE --persona ID --lang L [--seed N] [--json]`: plays a scripted trainee.</summary>
internal static class ReplayCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "One trainee line per line; '-' reads standard input." };
        var persona = new Option<string>("--persona") { Description = "The client.", Required = true };
        var lang = new Option<string?>("--lang") { Description = "en, nb or da (default: the persona's first language)." };
        var seed = new Option<long>("--seed") { Description = "Seed for the client's choices.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "One JSON object per turn instead of a transcript." };
        var report = new Option<string?>("--report") { Description = "Write the feedback report here (.json, .md or .html)." };
        var command = new Command("replay", "Replay a scripted trainee against the client.") { file, persona, lang, seed, json, report };
        command.SetAction(parse =>
        {
            var reportPath = parse.GetValue(report);
            if (reportPath is not null && ReportWriter.FormatOf(reportPath) is null)
            {
                context.Error.WriteLine($"Unknown report format '{reportPath}': use a .json, .md or .html file.");
                return ExitCodes.Usage;
            }

            if (!EngineFactory.TryLoad(context, out _, out var catalog))
            {
                return ExitCodes.Configuration;
            }

            if (!EngineFactory.TryResolve(context, catalog, parse.GetValue(persona)!, parse.GetValue(lang), out var p, out var language))
            {
                return ExitCodes.Usage;
            }

            var path = parse.GetValue(file)!;
            if (!TryReadScript(context, path, out var script))
            {
                return ExitCodes.Usage;
            }

            var lines = script.Split('\n').Select(l => l.TrimEnd('\r').Trim()).Where(l => l.Length > 0);
            var flow = new ConversationFlow(EngineFactory.CreateEngine(catalog));
            var engine = flow.Engine;
            var opening = engine.Start(p.Id, language, parse.GetValue(seed));
            var state = opening.State;
            var inputs = new List<string>();
            var asJson = parse.GetValue(json);
            if (!asJson)
            {
                context.Out.WriteLine($"{p.Name}: {opening.Greeting}");
            }

            foreach (var line in lines)
            {
                var result = engine.Respond(state, line);
                state = result.State;
                inputs.Add(line);
                if (asJson)
                {
                    context.Out.WriteLine(JsonOutput.Line(TurnJson.From(result)));
                }
                else
                {
                    context.Out.WriteLine($"{UiText.Get("you", language)}: {line}");
                    context.Out.WriteLine($"{p.Name}: {result.Reply}   [{result.Coding.Main.ToName()} -> {state.State.ToName()}, pressure {state.Resistance.Pressure:0}]");
                }

                if (result.Ended)
                {
                    break;
                }
            }

            if (reportPath is null)
            {
                return ExitCodes.Ok;
            }

            var conversation = new ConversationState { PersonaId = p.Id, Language = language, Seed = parse.GetValue(seed), Inputs = inputs, Session = state };
            return ReportFile.Write(context, flow, conversation, reportPath);
        });
        return command;
    }

    private static bool TryReadScript(CliContext context, FileInfo path, out string script)
    {
        script = string.Empty;
        if (path.Name == "-")
        {
            script = context.In.ReadToEnd();
            return true;
        }

        if (Directory.Exists(path.FullName))
        {
            context.Error.WriteLine($"{path.FullName} is a folder, not a file: name the script file.");
            return false;
        }

        try
        {
            script = File.ReadAllText(path.FullName);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(e is FileNotFoundException or DirectoryNotFoundException ? $"No such file: {path.FullName}" : $"Could not read {path.FullName}: {e.Message}");
            return false;
        }
    }
}
