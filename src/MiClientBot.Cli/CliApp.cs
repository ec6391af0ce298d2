using System.CommandLine;
using MiClientBot.Cli.Commands;

namespace MiClientBot.Cli;

/// <summary>Builds the `mi-client` command tree; every command writes through a <see cref="CliContext"/>.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("MiClientBot: practise Motivational Interviewing with a simulated ambivalent client.");
        root.Subcommands.Add(ChatCommand.Create(context));
        root.Subcommands.Add(ReplayCommand.Create(context));
        root.Subcommands.Add(DrillCommand.Create(context));
        root.Subcommands.Add(PersonasCommand.Create(context));
        root.Subcommands.Add(CodeCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine(error.Message);
            }

            context.Error.WriteLine("Run 'mi-client --help' for usage.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }
}
