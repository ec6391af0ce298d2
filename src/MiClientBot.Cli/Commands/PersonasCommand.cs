using System.CommandLine;
using MiClientBot.Cli.Configuration;
using MiClientBot.Coding;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Personas;
using MiClientBot.Core.States;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client personas list|validate|graph`.</summary>
internal static class PersonasCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("personas", "List, validate and inspect the persona files.");

        var json = new Option<bool>("--json") { Description = "Print [{\"id\",\"name\",\"languages\"}]." };
        var list = new Command("list", "List the personas.") { json };
        list.SetAction(parse =>
        {
            if (!EngineFactory.TryLoad(context, out _, out var catalog))
            {
                return ExitCodes.Configuration;
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonOutput.Line(catalog.All.Select(p => new { p.Id, p.Name, Languages = p.Languages.Select(l => l.ToCode()) })));
            }
            else
            {
                foreach (var p in catalog.All)
                {
                    context.Out.WriteLine($"{p.Id,-8} {p.Name}, {p.Age} - {p.Topic} ({string.Join(", ", p.Languages.Select(l => l.ToCode()))}; {p.Target.Size.ToString().ToLowerInvariant()} change)");
                }
            }

            return ExitCodes.Ok;
        });

        var validate = new Command("validate", "Check every persona file; prints file:line: problem for each error.");
        validate.SetAction(_ =>
        {
            var config = AppConfig.Load();
            var (personas, personaIssues) = PersonaCatalog.Validate(config.PersonaDirectory);

            // Drills name their persona, so they are checked against the personas that are valid.
            var (drills, drillIssues) = DrillCatalog.Validate(Path.Combine(config.PersonaDirectory, DrillCatalog.FolderName), personas);
            var issues = personaIssues.Concat(drillIssues).ToList();
            foreach (var issue in issues)
            {
                context.Out.WriteLine(issue.ToString());
            }

            context.Out.WriteLine(issues.Count == 0
                ? $"{personas.Count} persona files and {drills.Count} drills are valid ({config.PersonaDirectory})."
                : $"{issues.Count} problem(s) in {config.PersonaDirectory}.");
            return issues.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });

        var id = new Argument<string>("ID") { Description = "The persona whose state machine to print." };
        var dot = new Option<bool>("--dot") { Description = "Graphviz DOT instead of Mermaid." };
        var graph = new Command("graph", "Print the client's state machine as a Mermaid diagram.") { id, dot };
        graph.SetAction(parse =>
        {
            if (!EngineFactory.TryLoad(context, out _, out var catalog))
            {
                return ExitCodes.Configuration;
            }

            if (!EngineFactory.TryResolve(context, catalog, parse.GetValue(id)!, null, out var persona, out _))
            {
                return ExitCodes.Usage;
            }

            var size = persona.Target.Size;
            context.Out.WriteLine(parse.GetValue(dot) ? ClientStateGraph.Dot(size) : ClientStateGraph.Mermaid(size));
            return ExitCodes.Ok;
        });

        command.Subcommands.Add(list);
        command.Subcommands.Add(validate);
        command.Subcommands.Add(graph);
        return command;
    }
}
