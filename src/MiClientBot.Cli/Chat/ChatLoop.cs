using MiClientBot.Core;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Cli.Chat;

/// <summary>
/// The terminal role-play: reads trainee lines and commands until /quit or end of input.
/// Interactive use shows a prompt and the balloon gauge; piped input gets plain lines for scripts.
/// </summary>
internal sealed class ChatLoop(CliContext context, ClientEngine engine, Persona persona, Language language, long seed)
{
    private SessionState _state = null!;

    public int Run()
    {
        Begin();
        while (true)
        {
            if (context.Interactive)
            {
                context.Out.Write($"{UiText.Get("you", language)}> ");
            }

            var line = context.In.ReadLine();
            if (line is null)
            {
                return ExitCodes.Ok;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!context.Interactive)
            {
                context.Out.WriteLine($"{UiText.Get("you", language)}: {line}");
            }

            if (line.StartsWith('/'))
            {
                if (!Command(line))
                {
                    return ExitCodes.Ok;
                }

                continue;
            }

            Turn(line);
        }
    }

    private void Begin()
    {
        var opening = engine.Start(persona.Id, language, seed);
        _state = opening.State;
        if (context.Interactive)
        {
            context.Out.WriteLine(opening.Briefing);
            context.Out.WriteLine(UiText.Get("help", language));
            context.Out.WriteLine();
        }

        context.Out.WriteLine($"{persona.Name}: {opening.Greeting}");
    }

    private void Turn(string line)
    {
        if (_state.State == ClientState.WalkedOut)
        {
            context.Out.WriteLine(UiText.Get("left", language, persona.Name));
            return;
        }

        var result = engine.Respond(_state, line);
        _state = result.State;
        context.Out.WriteLine($"{persona.Name}: {result.Reply}");
        if (context.Interactive)
        {
            context.Out.WriteLine(BalloonGauge.Render(_state, result.Delta, language));
        }

        if (result.Ended)
        {
            context.Out.WriteLine(UiText.Get("left", language, persona.Name));
        }
    }

    /// <summary>Runs a command; false when the chat should end.</summary>
    private bool Command(string line)
    {
        var name = line.Split(' ', 2)[0].ToLowerInvariant();
        switch (name)
        {
            case "/quit" or "/exit":
                return false;
            case "/restart":
                seed++;
                context.Out.WriteLine(UiText.Get("restarted", language, persona.Name));
                Begin();
                break;
            case "/personas":
                context.Out.WriteLine(UiText.Get("personas", language));
                foreach (var p in engine.Personas.All)
                {
                    context.Out.WriteLine($"  {p.Id,-8} {p.Name}, {p.Age} - {p.Topic} ({string.Join(", ", p.Languages.Select(l => l.ToCode()))})");
                }

                break;
            case "/help":
                context.Out.WriteLine(UiText.Get("help", language));
                break;
            default:
                context.Out.WriteLine(UiText.Get("unknown-command", language, name));
                break;
        }

        return true;
    }
}
