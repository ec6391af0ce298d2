using System.CommandLine;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client eval coding --annomi FILE` (stub until the coder lands).</summary>
internal static class EvalCodingCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("coding", "Code every therapist utterance of an AnnoMI CSV and score against the experts.");
        command.SetAction(_ => ExitCodes.Ok);
        _ = context;
        return command;
    }
}
