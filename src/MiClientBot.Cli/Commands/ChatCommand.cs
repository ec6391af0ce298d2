using System.CommandLine;

namespace MiClientBot.Cli.Commands;

internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("chat", "todo");
        command.SetAction(_ => ExitCodes.Ok);
        _ = context;
        return command;
    }
}
