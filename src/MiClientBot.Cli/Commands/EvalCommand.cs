using System.CommandLine;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client eval coding|sessions`: measurements on AnnoMI.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure the coder or the client (AnnoMI files, or the relevance question sets).");
        command.Subcommands.Add(EvalCodingCommand.Create(context));
        command.Subcommands.Add(EvalSessionsCommand.Create(context));
        command.Subcommands.Add(EvalRelevanceCommand.Create(context));
        return command;
    }
}
