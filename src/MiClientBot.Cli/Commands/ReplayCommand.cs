using System.CommandLine;

namespace MiClientBot.Cli.Commands;

internal static class ReplayCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("replay", "todo");
        command.SetAction(_ => ExitCodes.Ok);
        _ = context;
        return command;
    }
}
