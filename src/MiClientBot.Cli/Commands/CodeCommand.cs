using System.CommandLine;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client code --lang L`: codes standard-input lines (stub until the coder lands).</summary>
internal static class CodeCommand
{
    public static Command Create(CliContext context)
    {
        var lang = new Option<string>("--lang") { Description = "en, nb or da", DefaultValueFactory = _ => "en" };
        var command = new Command("code", "Code trainee utterances from standard input, one JSON object per line.");
        command.Options.Add(lang);
        command.SetAction(parse =>
        {
            context.Out.WriteLine(parse.GetValue(lang));
            return ExitCodes.Ok;
        });
        return command;
    }
}
