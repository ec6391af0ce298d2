using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Resistance;

/// <summary>
/// Moves the balloon one turn. The rules, in the order applied:
/// <list type="number">
/// <item>The base effect of the coded move (<see cref="MoveEffects"/>).</item>
/// <item>Questions alone do not deflate: from the third question in a row they press instead.</item>
/// <item>No tricks: the same move repeated loses its easing effect, and parroting irritates.</item>
/// <item>The third reply weighs more: right after a resistant client turn, effects on resistance count 1.6 times.</item>
/// <item>The persona's sensitivities scale rises up and falls down.</item>
/// <item>Squeeze one side and it bulges: pushing a source that is already high spills into discord.</item>
/// <item>Coercion is never rewarded: pushing never grows change talk.</item>
/// </list>
/// </summary>
internal static class BalloonModel
{
    /// <summary>Trust needed before the client opens its integrity zone (deeper values).</summary>
    public const double ValuesTrust = 60;

    public const double ThirdReplyWeight = 1.6;

    /// <summary>Sustain talk that remains until the client commits.</summary>
    public const double AmbivalenceFloor = 10;

    /// <summary>Change-talk lines the client must have voiced itself before it commits.</summary>
    public const int VoicedForCommitment = 4;

    /// <summary>How much hearing itself voice change talk moves the client (self-perception), per line.</summary>
    public const double VoicedChange = 3;

    public static BalloonUpdate Apply(SessionState state, Persona persona, MitiCode code, bool permissionGiven, int repeats, bool evocative = false)
    {
        var effect = MoveEffects.Base(code, state.LastTalk, permissionGiven);
        var push = code.IsMiNonAdherent() || (code == MitiCode.GivingInformation && !permissionGiven);

        if (evocative)
        {
            // A question that invites change talk (worries, hopes, the ruler, the plan) is evoking, not interrogating.
            effect = effect with { Change = effect.Change + 3 };
        }
        else if (code.IsQuestion() && state.QuestionRun + 1 >= 3)
        {
            // Question after question makes a client shorter and more passive, not gone: the pressure
            // grows slowly, mostly as sustain, and levels off.
            var run = Math.Min(4, state.QuestionRun + 1 - 2);
            effect = new MoveEffect(0.5 * run, 0.4 * run, 0.15 * run, 0, -0.5);
        }

        if (repeats > 0)
        {
            // The same words again earn nothing, and a parrot irritates.
            effect = effect.ScaleEasing(0);
            effect = effect with { Discord = effect.Discord + (1.5 * Math.Min(2, repeats)) };
        }

        if (state.LastTalk.IsResistant())
        {
            effect = effect.ScaleResistance(ThirdReplyWeight);
        }

        if (code == MitiCode.ReflectionComplex && state.LastTalk == Talk.Change && state.Trust >= ValuesTrust)
        {
            // Anchoring change in deeper values makes it grow faster than a plain echo.
            effect = effect with { Change = effect.Change + 4 };
        }

        var s = persona.Sensitivities;
        var now = state.Resistance;
        var dS = Sensitive(effect.Sustain, s.Sustain, now.Sustain);
        var dA = Sensitive(effect.Autonomy, s.Autonomy, now.Autonomy);
        var dD = Sensitive(effect.Discord, s.Discord, now.Discord);
        if (push)
        {
            dD += s.Discord * (Spill(dS, now.Sustain) + Spill(dA, now.Autonomy));
        }
        else
        {
            // Left alone, bad feelings fade a little each turn.
            dD -= 1;
            dA -= 0.5;
        }

        var next = new ResistanceLevels(now.Sustain + dS, now.Autonomy + dA, now.Discord + dD).Clamped();
        if (state.State != ClientState.Committed && next.Sustain < AmbivalenceFloor)
        {
            // Ambivalence does not vanish before commitment: some sustain talk always remains.
            next = next with { Sustain = Math.Min(now.Sustain, AmbivalenceFloor) };
        }
        var pace = persona.Target.Size == ChangeSize.Small ? 1.3 : 0.85;
        var change = push ? Math.Min(0, effect.Change) : effect.Change * pace * (1 - (next.Sustain / 150));
        return new BalloonUpdate(
            next,
            new ResistanceLevels(next.Sustain - now.Sustain, next.Autonomy - now.Autonomy, next.Discord - now.Discord),
            Math.Clamp(state.Trust + effect.Trust, 0, 100),
            Math.Clamp(state.ChangeTalk + change, 0, 100));
    }

    /// <summary>The client hears itself: its own change talk builds the change, its sustain talk holds it back a little.</summary>
    public static double AfterVoicing(double changeTalk, Talk talk, Persona persona)
    {
        var pace = persona.Target.Size == ChangeSize.Small ? 1.3 : 0.85;
        var moved = talk == Talk.Change ? VoicedChange * pace : talk == Talk.Sustain ? -1 : 0;
        return Math.Clamp(changeTalk + moved, 0, 100);
    }

    /// <summary>The change talk a persona starts with: the stronger its sustain talk, the less.</summary>
    public static double StartingChangeTalk(Persona persona) => Math.Max(5, 40 - (persona.Start.Sustain / 2));

    /// <summary>The trust a persona starts with: discord at the start means little trust.</summary>
    public static double StartingTrust(Persona persona) => Math.Max(5, 30 - (persona.Start.Discord / 2));

    /// <summary>
    /// Rises scale with the sensitivity; falls are damped by it and shrink as the source nears zero,
    /// so that the balloon eases toward calm rather than dropping to nothing.
    /// </summary>
    private static double Sensitive(double delta, double sensitivity, double level) =>
        delta > 0 ? delta * sensitivity : delta / Math.Sqrt(sensitivity) * Math.Min(1, (level + 10) / 50);

    private static double Spill(double delta, double level) =>
        delta > 0 && level >= 60 ? delta * (level - 50) / 50 : 0;
}
