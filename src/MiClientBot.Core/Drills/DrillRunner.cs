using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Drills;

/// <summary>
/// Plays a drill on the engine: a session in the state the scene describes (the helper's first move
/// applied, so the balloon reacts as it would; the client's answer raising the drill's source), then the
/// trainee's third reply through <see cref="ClientEngine.Respond(SessionState, string?)"/>. The engine's
/// third-reply weight applies because the client's last turn is resistant. Pure: the same drill, seed and
/// reply always give the same result.
/// </summary>
public sealed class DrillRunner
{
    /// <summary>How much the client's resistant answer adds to its source, and the level it at least reaches.</summary>
    public const double SourceRise = 15, SourceFloor = 50;

    private readonly ClientEngine _engine;

    /// <summary>Creates a runner over an engine.</summary>
    public DrillRunner(ClientEngine engine) => _engine = engine;

    /// <summary>The session right after the client's resistant answer: the state a third reply is given in.</summary>
    /// <exception cref="ArgumentException">The drill's persona is unknown or does not speak the drill's language.</exception>
    public SessionState Prepare(Drill drill, long seed)
    {
        var opening = _engine.Start(drill.PersonaId, drill.Language, seed);
        var afterHelper = _engine.Respond(opening.State, drill.Helper).State;
        var now = afterHelper.Resistance;
        var raised = drill.Source switch
        {
            DrillSource.Autonomy => now with { Autonomy = Raise(now.Autonomy) },
            DrillSource.Discord => now with { Discord = Raise(now.Discord) },

            // System-generated resistance is voiced as sustain talk (the engine's System bank is sustain talk too).
            _ => now with { Sustain = Raise(now.Sustain) },
        };
        var (talk, kind) = drill.StrongAffect
            ? (Talk.Affect, ReplyKind.Affect)
            : drill.Source switch
            {
                DrillSource.Autonomy => (Talk.Autonomy, ReplyKind.AutonomyActive),
                DrillSource.Discord => (Talk.Discord, ReplyKind.Discord),
                DrillSource.System => (Talk.Sustain, ReplyKind.System),
                _ => (Talk.Sustain, ReplyKind.SustainReasons),
            };
        return afterHelper with
        {
            Resistance = raised.Clamped(),
            LastTalk = talk,
            LastKind = kind,
            LastClientLine = drill.Client,
            LastAnswered = false,

            // The scene starts fresh: the helper's line is no question run and no parrot to repeat.
            QuestionRun = 0,
            RecentMoves = [],
        };
    }

    /// <summary>Codes <paramref name="reply"/> as the third reply in <paramref name="before"/> (from <see cref="Prepare"/>).</summary>
    public DrillResult Evaluate(Drill drill, SessionState before, string? reply)
    {
        var turn = _engine.Respond(before, reply);
        var code = turn.Coding.Main;
        var (verdict, key) = DrillFeedback.Judge(drill, code, turn.TraineeText);
        var after = turn.State.Resistance;
        var delta = new ResistanceLevels(
            after.Sustain - before.Resistance.Sustain,
            after.Autonomy - before.Resistance.Autonomy,
            after.Discord - before.Resistance.Discord);
        return new DrillResult(
            drill, turn.TraineeText, code, delta.Rounded(),
            Math.Round(before.Resistance.Pressure, 1), Math.Round(after.Pressure, 1),
            turn.Reply, verdict, key, DrillFeedback.Line(drill.Language, verdict, key))
        {
            After = turn.State,
            ReplyTalk = turn.Talk,
        };
    }

    /// <summary>Prepares the drill from <paramref name="seed"/> and evaluates <paramref name="reply"/> in it.</summary>
    public DrillResult Run(Drill drill, long seed, string? reply) => Evaluate(drill, Prepare(drill, seed), reply);

    /// <summary>The persona a drill is about.</summary>
    public Persona PersonaOf(Drill drill) =>
        _engine.Personas.TryGet(drill.PersonaId, out var persona) ? persona : throw new ArgumentException($"Unknown persona '{drill.PersonaId}'.", nameof(drill));

    private static double Raise(double level) => Math.Max(level + SourceRise, SourceFloor);
}
