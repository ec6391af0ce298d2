using System.CommandLine;
using MiClientBot.Cli.Chat;
using MiClientBot.Cli.Configuration;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client chat --persona ID --lang L --seed N`: the terminal role-play.</summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var persona = new Option<string?>("--persona") { Description = "The client to talk to (see 'mi-client personas list')." };
        var lang = new Option<string?>("--lang") { Description = "en, nb or da (default: the persona's first language)." };
        var seed = new Option<long>("--seed") { Description = "Seed for the client's choices: the same seed and input give the same transcript.", DefaultValueFactory = _ => 1 };
        var command = new Command("chat", "Role-play with a simulated ambivalent client in the terminal.") { persona, lang, seed };
        command.SetAction(parse =>
        {
            if (!EngineFactory.TryLoad(context, out var config, out var catalog))
            {
                return ExitCodes.Failure;
            }

            var personaId = parse.GetValue(persona) ?? config.Session.DefaultPersona;
            if (!EngineFactory.TryResolve(context, catalog, personaId, parse.GetValue(lang), out var p, out var language))
            {
                return ExitCodes.Usage;
            }

            return new ChatLoop(context, EngineFactory.CreateEngine(catalog), p, language, parse.GetValue(seed)).Run();
        });
        return command;
    }
}
