using System.CommandLine;
using MiClientBot.Cli.Chat;
using MiClientBot.Cli.Configuration;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Scoring;

namespace MiClientBot.Cli.Commands;

/// <summary>`mi-client chat --persona ID --lang L --seed N`: the terminal role-play.</summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var persona = new Option<string?>("--persona") { Description = "The client to talk to (see 'mi-client personas list')." };
        var lang = new Option<string?>("--lang") { Description = "en, nb or da (default: the persona's first language)." };
        var seed = new Option<long>("--seed") { Description = "Seed for the client's choices: the same seed and input give the same transcript.", DefaultValueFactory = _ => 1 };
        var noCoach = new Option<bool>("--exam") { Description = "Exam mode: no coaching hints (switch with /coach on|off)." };
        var report = new Option<string?>("--report") { Description = "Write the feedback report here at the end (.json, .md or .html)." };
        var command = new Command("chat", "Role-play with a simulated ambivalent client in the terminal.") { persona, lang, seed, noCoach, report };
        command.SetAction(parse =>
        {
            var reportPath = parse.GetValue(report);
            if (reportPath is not null && ReportWriter.FormatOf(reportPath) is null)
            {
                context.Error.WriteLine($"Unknown report format '{reportPath}': use a .json, .md or .html file.");
                return ExitCodes.Usage;
            }

            if (!EngineFactory.TryLoad(context, out var config, out var catalog))
            {
                return ExitCodes.Configuration;
            }

            var personaId = parse.GetValue(persona) ?? config.Session.DefaultPersona;
            if (!EngineFactory.TryResolve(context, catalog, personaId, parse.GetValue(lang), out var p, out var language))
            {
                return ExitCodes.Usage;
            }

            var flow = new ConversationFlow(EngineFactory.CreateEngine(catalog));
            if (!VoiceSetup.TryCreate(context, config, flow, out var voice))
            {
                return ExitCodes.Usage;
            }

            return new ChatLoop(context, flow, p.Id, language, parse.GetValue(seed), config.Session.Coach && !parse.GetValue(noCoach), reportPath) { Voice = voice }.Run();
        });
        return command;
    }
}
