using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.States;
using MiClientBot.Core.Topics;

namespace MiClientBot.Core.Sessions;

/// <summary>
/// The simulated ambivalent client. Stateless itself (safe to share between sessions and threads):
/// every call takes a <see cref="SessionState"/> and returns the next one.
/// </summary>
public sealed class ClientEngine
{
    /// <summary>Longest trainee message the engine reads; the rest is ignored so one paste cannot stall a turn.</summary>
    public const int MaxUtteranceLength = 2000;

    private readonly PersonaCatalog _personas;
    private readonly ITraineeMoveCoder _coder;
    private readonly TimeProvider _time;
    private readonly ClientMachines _machines = new();

    /// <summary>Creates an engine over validated personas and a coder.</summary>
    public ClientEngine(PersonaCatalog personas, ITraineeMoveCoder coder, TimeProvider? time = null)
    {
        _personas = personas;
        _coder = coder;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The personas the engine plays.</summary>
    public PersonaCatalog Personas => _personas;

    /// <summary>Starts a session: the same persona, language and seed always give the same greeting and session.</summary>
    /// <exception cref="ArgumentException">The persona is unknown or does not speak <paramref name="language"/>.</exception>
    public SessionOpening Start(string personaId, Language language, long seed)
    {
        var persona = Find(personaId, language);
        var random = new SplitMix64(SplitMix64.FromSeed(seed));
        var greetings = persona.Text(language).Lines(ReplyKind.Greeting);
        var index = LinePicker.Pick((int)ReplyKind.Greeting, greetings.Count, [], random);
        var state = new SessionState
        {
            PersonaId = persona.Id,
            Language = language,
            Seed = seed,
            Rng = random.State,
            State = ClientState.Engaging,
            Resistance = persona.Start,
            Trust = BalloonModel.StartingTrust(persona),
            ChangeTalk = BalloonModel.StartingChangeTalk(persona),
            LastClientLine = greetings[index],
            UsedLines = LinePicker.Remember([], (int)ReplyKind.Greeting, index),
        };
        return new SessionOpening(state, persona.Text(language).Briefing, greetings[index]);
    }

    /// <summary>Takes one trainee move and returns the client's reply and the next session state. Never throws on bad text.</summary>
    public TurnResult Respond(SessionState state, string? traineeText) => Respond(state, traineeText, null);

    /// <summary>Takes one trainee move already coded elsewhere (e.g. with the real client's words as context).</summary>
    public TurnResult Respond(SessionState state, string? traineeText, CodingResult? coding)
    {
        var persona = Find(state.PersonaId, state.Language);
        var text = Clean(traineeText);
        coding ??= _coder.Code(text, state.Language, state.LastClientLine);
        if (state.State == ClientState.WalkedOut)
        {
            return new TurnResult(state, text, coding, default, false, ReplyKind.Walkout, Talk.Walkout, string.Empty, _time.GetUtcNow());
        }

        var reading = TopicReader.Read(text, state.Language, persona, state.LastScale);
        var numbersOnly = reading.Ask != AskKind.Scale && state.LastScale is null && reading.Numbers.Count >= 2 && !text.Contains('?', StringComparison.Ordinal);
        if (reading.Ask is AskKind.Scale or AskKind.ScaleLower or AskKind.ScaleHigher
            && (coding.Main.IsMiNonAdherent() || coding.Main == MitiCode.QuestionClosed) && !numbersOnly)
        {
            // "Why not lower?" is the classic ruler follow-up (MITI: an open question), not an argument; but with no
            // ruler asked and no question, "four to six pints a night is a problem" is an argument that holds two numbers.
            // The ruler itself asks for a number (coders split on open or closed), but it is an evoking tool: the
            // client hears the invitation to say why, as it does for an open question.
            coding = coding with { Main = MitiCode.QuestionOpen, Codes = [MitiCode.QuestionOpen] };
        }

        var move = coding.Main;
        if (reading.IsAsk && move is MitiCode.EmphasizingAutonomy or MitiCode.Affirm && !coding.Codes.Contains(MitiCode.QuestionOpen))
        {
            // "How much you drink is totally your decision": the words open like a question, but the coder heard a
            // statement; the client answers the autonomy, not an amount it was never asked for. So with "isn't it up to
            // you in the end what you do about the drinking?": a yes/no question that states the autonomy asks for no
            // "what"; "It's your call. What would you like to do?" still asks. (Information is left to the reader: a
            // question the coder misses as information, or typed nonsense, still wants an answer.)
            reading = reading with { Ask = AskKind.None };
        }

        var permission = state.LastMove is MitiCode.SeekingCollaboration or MitiCode.PersuadeWithPermission
            || coding.Codes.Contains(MitiCode.SeekingCollaboration);
        var fingerprint = RepetitionDetector.Fingerprint(text);
        var repeats = move == MitiCode.Other ? 0 : RepetitionDetector.Count(state.RecentMoves, fingerprint);
        var evocative = move.IsQuestion() && reading.Topic is { } asked && AnswerTopics.SideOf(asked) == TopicSide.Change;
        var update = BalloonModel.Apply(state, persona, move, permission, repeats, evocative);
        var push = move.IsMiNonAdherent();
        var strain = update.Resistance.Discord >= ClientStateMachine.DiscordStrainLevel
            && (state.State == ClientState.Discord || update.Resistance.Discord >= ClientStateMachine.DiscordEnter)
                ? state.DiscordStrain + 1
                : update.Resistance.Discord < 50 ? 0 : state.DiscordStrain;
        var context = new TurnContext(
            move, update.Resistance, update.Trust, update.ChangeTalk, state.TurnsInState + 1, strain,
            push ? 0 : state.TurnsSincePush + 1, state.Resume, persona.Target.Size, state.ChangeVoiced);

        var clientState = _machines.Next(state.State, context);

        var random = new SplitMix64(state.Rng);
        var kind = ReplyPlanner.Choose(persona, state, clientState, move, permission, update.Delta, update.Trust, update.ChangeTalk, random, repeats);
        var answer = AnswerComposer.Compose(persona, state, clientState, move, kind, reading, update.ChangeTalk, update.Trust, random);
        var lines = persona.Text(state.Language).Lines(kind);
        if (lines.Count == 0)
        {
            kind = ReplyKind.Neutral;
            lines = persona.Text(state.Language).Lines(kind);
        }

        int index;
        string reply;
        IReadOnlyList<int> used;
        if (answer is not null)
        {
            (kind, index, reply) = (answer.Kind, answer.Index, answer.Line);
            used = LinePicker.Remember(state.UsedLines, answer.Bank, index);
        }
        else
        {
            index = LinePicker.Pick((int)kind, lines.Count, state.UsedLines, random);
            reply = lines[index];
            used = LinePicker.Remember(state.UsedLines, (int)kind, index);
        }

        var talk = Talks.Of(kind);
        var changeTalk = BalloonModel.AfterVoicing(update.ChangeTalk, talk, persona);
        var ruler = answer?.Number is not null ? AnswerComposer.RulerOf(answer.Topic, state.LastScale) : null;
        var next = state with
        {
            Rng = random.State,
            Turn = state.Turn + 1,
            State = clientState,
            Resistance = update.Resistance,
            Trust = update.Trust,
            ChangeTalk = changeTalk,
            TurnsInState = clientState == state.State ? state.TurnsInState + 1 : 0,
            DiscordStrain = strain,
            QuestionRun = move.IsQuestion() ? state.QuestionRun + 1 : 0,
            TurnsSincePush = context.TurnsSincePush,
            Resume = clientState is ClientState.AutonomyDefence or ClientState.Discord or ClientState.WalkedOut ? state.Resume : clientState,
            LastTalk = talk,
            LastKind = kind,
            LastClientLine = reply,
            LastMove = move,
            ValuesRevealed = state.ValuesRevealed || kind == ReplyKind.Values,
            RecentMoves = RepetitionDetector.Remember(state.RecentMoves, fingerprint),
            UsedLines = used,
            Importance = ruler == AnswerTopics.ScaleImportance ? answer!.Number : state.Importance,
            Confidence = ruler == AnswerTopics.ScaleConfidence ? answer!.Number : state.Confidence,
            LastScale = ruler ?? state.LastScale,
            ChangeVoiced = state.ChangeVoiced + (talk == Talk.Change ? 1 : 0),
            Commitment = state.Commitment ?? (clientState == ClientState.Committed ? reply : null),
            LastAnswered = answer is not null,
        };
        return new TurnResult(next, text, coding, update.Delta, state.LastTalk.IsResistant(), kind, talk, reply, _time.GetUtcNow())
        {
            Topic = reading.Topic,
            Answered = answer is not null,
            Repeats = repeats,
        };
    }

    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var span = text.AsSpan(0, Math.Min(text.Length, MaxUtteranceLength));
        if (!ContainsControl(span))
        {
            // The usual move: nothing to replace, and often nothing to trim, so no copy at all.
            var trimmed = span.Trim();
            return trimmed.Length == text.Length ? text : new string(trimmed);
        }

        var copy = span.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (char.IsControl(copy[i]))
            {
                copy[i] = ' ';
            }
        }

        return new string(copy.AsSpan().Trim());
    }

    /// <summary>Whether any character is a control character (char.IsControl: U+0000-U+001F, U+007F-U+009F).</summary>
    private static bool ContainsControl(ReadOnlySpan<char> span) =>
        span.ContainsAnyInRange('\u0000', '\u001F') || span.ContainsAnyInRange('\u007F', '\u009F');

    private Persona Find(string personaId, Language language)
    {
        if (!_personas.TryGet(personaId, out var persona))
        {
            throw new ArgumentException($"Unknown persona '{personaId}'.", nameof(personaId));
        }

        return persona.Speaks(language)
            ? persona
            : throw new ArgumentException($"Persona '{personaId}' does not speak '{language.ToCode()}'.", nameof(language));
    }
}
