using MiClientBot.Coding;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Conversations;

/// <summary>
/// The one conversation flow every channel (terminal, Bot Framework, Direct Line) sits on: the
/// welcome, the role-play and the commands. Pure: it takes a state and a message and returns the
/// next state and what to say, so channels own storage and concurrency.
/// </summary>
public sealed class ConversationFlow
{
    private readonly ClientEngine _engine;
    private readonly DrillFlow _drills;

    /// <summary>Creates the flow over an engine; drills come from the drills/ folder beside the engine's personas.</summary>
    public ConversationFlow(ClientEngine engine)
        : this(engine, null)
    {
    }

    /// <summary>Creates the flow over an engine and the drills `/drill` plays (null: the drills/ folder beside the personas).</summary>
    public ConversationFlow(ClientEngine engine, DrillCatalog? drills)
    {
        _engine = engine;
        _drills = new DrillFlow(engine, drills);
    }

    /// <summary>The engine the flow plays.</summary>
    public ClientEngine Engine => _engine;

    /// <summary>A new conversation: the welcome, in the language the channel's locale suggests.</summary>
    public (ConversationState State, IReadOnlyList<ConversationOutput> Outputs) Welcome(Language language, bool coach = true)
    {
        var state = new ConversationState { Language = language, Coach = coach };
        return (state, [Choice(language)]);
    }

    /// <summary>Starts a role-play directly (as `/start PERSONA [LANG]` does).</summary>
    public (ConversationState State, IReadOnlyList<ConversationOutput> Outputs) Start(ConversationState state, string personaId, Language? language, long? seed = null)
    {
        if (!_engine.Personas.TryGet(personaId, out var persona))
        {
            return (state, [new ToolSaid(UiText.Get("unknown-persona", state.Language, personaId, Ids()))]);
        }

        var lang = language ?? (persona.Speaks(state.Language) ? state.Language : persona.Languages[0]);
        if (!persona.Speaks(lang))
        {
            return (state, [new ToolSaid(UiText.Get("unknown-language", state.Language, persona.Name, Codes(persona)))]);
        }

        var opening = _engine.Start(persona.Id, lang, seed ?? state.Seed);
        var next = state with { PersonaId = persona.Id, Language = lang, Seed = seed ?? state.Seed, Inputs = [], Said = null, Session = opening.State, Drill = null };
        return (next, [new ToolSaid(opening.Briefing), new ClientSaid(persona.Name, opening.Greeting), Snapshot(opening.State, Talk.Neutral)]);
    }

    /// <summary>Handles one message: a command (starting with '/') or a trainee move.</summary>
    public (ConversationState State, IReadOnlyList<ConversationOutput> Outputs) Handle(ConversationState state, string? text)
    {
        var (next, outputs, _) = HandleTurn(state, text);
        return (next, outputs);
    }

    /// <summary>As <see cref="Handle"/>, with the engine's turn when the message was a trainee move (for the voice).</summary>
    internal (ConversationState State, IReadOnlyList<ConversationOutput> Outputs, TurnResult? Turn) HandleTurn(ConversationState state, string? text)
    {
        var message = (text ?? string.Empty).Trim();
        if (message.StartsWith('/'))
        {
            var (commanded, answered) = Command(state, message);
            return (commanded, answered, null);
        }

        if (state.Session is null || state.PersonaId is null)
        {
            // Before a role-play, a persona's id or name starts it; anything else shows the choice again.
            var chosen = _engine.Personas.All.FirstOrDefault(p =>
                string.Equals(p.Id, message, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name, message, StringComparison.OrdinalIgnoreCase));
            var (started, shown) = chosen is null ? (state, [Choice(state.Language)]) : Start(state, chosen.Id, null);
            return (started, shown, null);
        }

        if (message.Length == 0)
        {
            return (state, [], null);
        }

        var persona = Persona(state);
        if (state.Drill is not null)
        {
            var (drilled, said) = _drills.Reply(state, persona, message);
            return (drilled, said, null);
        }

        if (state.Session.State == ClientState.WalkedOut)
        {
            return (state, [new ToolSaid(UiText.Get("left", state.Language, persona.Name))], null);
        }

        var result = _engine.Respond(state.Session, message);
        var next = state with { Inputs = [.. state.Inputs, message], Session = result.State };
        var outputs = new List<ConversationOutput> { new ClientSaid(persona.Name, result.Reply), Snapshot(result.State, result.Talk) };
        if (state.Coach && Coach.After(state.Session, result, persona) is { } hint)
        {
            outputs.Add(new CoachHint(hint));
        }

        if (result.Ended)
        {
            outputs.Add(new ToolSaid(UiText.Get("left", state.Language, persona.Name)));
            outputs.Add(Report(next));
        }

        return (next, outputs, result);
    }

    /// <summary>The report of the session so far, rebuilt from the inputs.</summary>
    public SessionReport BuildReport(ConversationState state)
    {
        var persona = Persona(state);
        var (opening, turns, phrased) = Replay(state, state.Inputs.Count);
        var report = ReportBuilder.Build(persona, state.Language, opening, turns);
        return state.Said is null ? report : report with { Voice = new VoiceUse(phrased, turns.Count(t => t.Reply.Length > 0)) };
    }

    private ReportReady Report(ConversationState state) => new(BuildReport(state), state);

    private (ConversationState, IReadOnlyList<ConversationOutput>) Command(ConversationState state, string message)
    {
        var parts = message.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var name = parts[0].ToLowerInvariant();
        var arg = parts.Length > 1 ? parts[1] : null;
        switch (name)
        {
            case "/start" when arg is not null:
                Language? lang = null;
                if (parts.Length > 2)
                {
                    if (!LanguageCodes.TryParse(parts[2], out var parsed))
                    {
                        return (state, [new ToolSaid(UiText.Get("unknown-language-code", state.Language, parts[2]))]);
                    }

                    lang = parsed;
                }

                return Start(state, arg, lang);
            case "/start" or "/personas":
                return (state, [Choice(state.Language)]);
            case "/restart" when state.PersonaId is not null:
                var (restarted, outputs) = Start(state, state.PersonaId, state.Language, state.Seed + 1);
                return (restarted, [new ToolSaid(UiText.Get("restarted", state.Language, Persona(state).Name)), .. outputs]);
            case "/restart":
                return (state, [Choice(state.Language)]);
            case "/lang":
                return Lang(state, arg);
            case "/help":
                return (state, [new ToolSaid(UiText.Get("help-channel", state.Language))]);
            case "/coach":
                return Coaching(state, arg);
        }

        if (state.Session is null)
        {
            return (state, [new ToolSaid(UiText.Get("no-session", state.Language)), Choice(state.Language)]);
        }

        switch (name)
        {
            case "/hint":
                return (state, [new CoachHint(Coach.Now(state.Session, Persona(state)))]);
            case "/undo":
                return Undo(state);
            case "/feedback" or "/report":
                return (state, [Report(state)]);
            case "/drill":
                return _drills.Command(state, Persona(state), arg);
            default:
                return (state, [new ToolSaid(UiText.Get("unknown-command", state.Language, name))]);
        }
    }

    private (ConversationState, IReadOnlyList<ConversationOutput>) Undo(ConversationState state)
    {
        if (state.Inputs.Count == 0)
        {
            return (state, [new ToolSaid(UiText.Get("nothing-to-undo", state.Language))]);
        }

        var (opening, turns, _) = Replay(state, state.Inputs.Count - 1);
        var session = turns.Count > 0 ? turns[^1].State : opening;
        var next = state with { Inputs = [.. state.Inputs.Take(state.Inputs.Count - 1)], Said = SaidWords.Take(state.Said, state.Inputs.Count - 1), Session = session };
        var last = turns.Count > 0 ? turns[^1].Talk : Talk.Neutral;
        return (next, [new ToolSaid(UiText.Get("undone", state.Language, session.LastClientLine)), Snapshot(session, last)]);
    }

    private (ConversationState, IReadOnlyList<ConversationOutput>) Lang(ConversationState state, string? arg)
    {
        if (arg is null || !LanguageCodes.TryParse(arg, out var language))
        {
            return (state, [new ToolSaid(UiText.Get("lang-usage", state.Language))]);
        }

        if (state.PersonaId is null)
        {
            return (state with { Language = language }, [Choice(language)]);
        }

        var persona = Persona(state);
        return persona.Speaks(language)
            ? Start(state with { Language = language }, persona.Id, language)
            : (state, [new ToolSaid(UiText.Get("unknown-language", state.Language, persona.Name, Codes(persona)))]);
    }

    private static (ConversationState, IReadOnlyList<ConversationOutput>) Coaching(ConversationState state, string? arg) => arg?.ToLowerInvariant() switch
    {
        "on" => (state with { Coach = true }, [new ToolSaid(UiText.Get("coach-on", state.Language))]),
        "off" => (state with { Coach = false }, [new ToolSaid(UiText.Get("coach-off", state.Language))]),
        _ => (state, [new ToolSaid(UiText.Get(state.Coach ? "coach-on" : "coach-off", state.Language))]),
    };

    private (SessionState Opening, List<TurnResult> Turns, int Phrased) Replay(ConversationState state, int count)
    {
        var opening = _engine.Start(state.PersonaId!, state.Language, state.Seed).State;
        var turns = new List<TurnResult>(count);
        var current = opening;
        var phrased = 0;
        foreach (var input in state.Inputs.Take(count))
        {
            // The words the client said are stored, not asked for again: a voiced session replays as it was.
            var scripted = _engine.Respond(current, input);
            var result = SaidWords.Apply(scripted, current, SaidWords.At(state.Said, turns.Count));
            phrased += ReferenceEquals(result, scripted) ? 0 : 1;
            turns.Add(result);
            current = result.State;
        }

        return (opening, turns, phrased);
    }

    private PersonaChoice Choice(Language language) => new(
        UiText.Get("choose", language),
        language,
        [.. _engine.Personas.All
            .OrderByDescending(p => p.Speaks(language))
            .Select(p => new PersonaOption(p.Id, p.Name, $"{p.Age} - {p.TopicIn(language)}", p.Languages))]);

    internal static MiStateSnapshot Snapshot(SessionState s, Talk talk) =>
        new(s.Turn, s.State.ToName(), s.Resistance.Rounded(), Math.Round(s.Resistance.Pressure, 1), talk.ToName());

    private Persona Persona(ConversationState state) =>
        _engine.Personas.TryGet(state.PersonaId!, out var persona) ? persona : throw new InvalidOperationException($"Persona '{state.PersonaId}' is gone.");

    private string Ids() => string.Join(", ", _engine.Personas.All.Select(p => p.Id));

    private static string Codes(Persona persona) => string.Join(", ", persona.Languages.Select(l => l.ToCode()));
}
