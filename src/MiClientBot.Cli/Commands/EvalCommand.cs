using System.CommandLine;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client eval coding|sessions`: measurements on AnnoMI.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure the coder or the client on an AnnoMI CSV file.");
        command.Subcommands.Add(EvalCodingCommand.Create(context));
        command.Subcommands.Add(EvalSessionsCommand.Create(context));
        return command;
    }
}
