using System.CommandLine;

namespace MiClientBot.Cli.Commands;

internal static class EvalSessionsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("sessions", "Replay AnnoMI transcripts into the client and score the balloon.");
        command.SetAction(_ => ExitCodes.Ok);
        _ = context;
        return command;
    }
}
