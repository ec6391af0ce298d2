using System.CommandLine;

namespace MiClientBot.Cli.Commands;

internal static class PersonasCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("personas", "todo");
        command.SetAction(_ => ExitCodes.Ok);
        _ = context;
        return command;
    }
}
