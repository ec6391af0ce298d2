using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Voice;

namespace MiClientBot.Cli.Chat;

/// <summary>
/// The terminal channel over the shared conversation flow: reads trainee lines and commands until
/// /quit or end of input. Interactive use shows a prompt and the balloon gauge; piped input gets
/// plain lines for scripts.
/// </summary>
internal sealed class ChatLoop(CliContext context, ConversationFlow flow, string personaId, Language language, long seed, bool coach, string? reportPath)
{
    private ConversationState _state = new();
    private ResistanceLevels? _last;

    /// <summary>The model voice, when one is configured: it phrases the client's replies.</summary>
    public ClientVoice? Voice { get; init; }

    public int Run()
    {
        var (state, outputs) = flow.Start(new ConversationState { Language = language, Seed = seed, Coach = coach }, personaId, language);
        _state = state;
        Render(outputs);
        if (context.Interactive)
        {
            context.Out.WriteLine(UiText.Get("help", language));
        }

        while (true)
        {
            if (context.Interactive)
            {
                context.Out.Write($"{UiText.Get("you", language)}> ");
            }

            var line = context.In.ReadLine()?.Trim();
            if (line is null || line.Equals("/quit", StringComparison.OrdinalIgnoreCase) || line.Equals("/exit", StringComparison.OrdinalIgnoreCase))
            {
                if (!context.Interactive && line is not null)
                {
                    context.Out.WriteLine($"{UiText.Get("you", language)}: {line}");
                }

                return Finish();
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (!context.Interactive)
            {
                context.Out.WriteLine($"{UiText.Get("you", language)}: {line}");
            }

            if (line.Equals("/help", StringComparison.OrdinalIgnoreCase))
            {
                context.Out.WriteLine(UiText.Get("help", language));
                continue;
            }

            // A console has no synchronization context, so waiting here for the (time-bounded) voice is safe.
            (_state, outputs) = Voice is { IsOn: true } voice ? voice.HandleAsync(_state, line).GetAwaiter().GetResult() : flow.Handle(_state, line);
            Render(outputs);
        }
    }

    private int Finish()
    {
        if (context.Interactive && _state.Inputs.Count > 0)
        {
            // The end of a session always brings its feedback; scripts ask for it with /feedback or --report.
            context.Out.WriteLine();
            context.Out.WriteLine(ReportWriter.Write(flow.BuildReport(_state), ReportFormat.Markdown));
        }

        if (reportPath is null || _state.PersonaId is null)
        {
            return ExitCodes.Ok;
        }

        return ReportFile.Write(context, flow, _state, reportPath);
    }

    private void Render(IReadOnlyList<ConversationOutput> outputs)
    {
        foreach (var output in outputs)
        {
            switch (output)
            {
                case ClientSaid said:
                    context.Out.WriteLine($"{said.Name}: {said.Text}");
                    break;
                case ToolSaid tool:
                    context.Out.WriteLine($"* {tool.Text}");
                    break;
                case CoachHint hint:
                    context.Out.WriteLine($"> {hint.Text}");
                    break;
                case MiStateSnapshot snapshot:
                    if (context.Interactive && snapshot.Turn > 0)
                    {
                        context.Out.WriteLine(BalloonGauge.Render(snapshot, Delta(snapshot.Resistance), _state.Language));
                    }

                    _last = snapshot.Resistance;
                    break;
                case PersonaChoice choice:
                    context.Out.WriteLine($"* {UiText.Get("personas", _state.Language)}");
                    foreach (var p in choice.Options)
                    {
                        context.Out.WriteLine($"  {p.Id,-8} {p.Name}, {p.Summary} ({string.Join(", ", p.Languages.Select(l => l.ToCode()))})");
                    }

                    break;
                case ReportReady report:
                    context.Out.WriteLine(ReportWriter.Write(report.Report, ReportFormat.Markdown));
                    break;
            }
        }
    }

    private ResistanceLevels Delta(ResistanceLevels now) =>
        _last is { } before ? new(now.Sustain - before.Sustain, now.Autonomy - before.Autonomy, now.Discord - before.Discord) : default;
}
