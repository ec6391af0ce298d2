using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Replies;

/// <summary>
/// Chooses which bank the client answers from. The state comes first (walkout, discord, autonomy
/// defence take over), then the move: pushing meets defence or the other side of the argument,
/// reflected resistance gives room to elaborate, reflected change talk grows change talk, open
/// questions draw change or sustain talk in proportion to the balance.
/// </summary>
internal static class ReplyPlanner
{
    private static readonly ReplyKind[] EarlyChange = [ReplyKind.ChangeDesire, ReplyKind.ChangeReasons, ReplyKind.ChangeNeed];
    private static readonly ReplyKind[] MidChange = [ReplyKind.ChangeDesire, ReplyKind.ChangeAbility, ReplyKind.ChangeReasons, ReplyKind.ChangeNeed];
    private static readonly ReplyKind[] LateChange = [ReplyKind.ChangeActivation, ReplyKind.ChangeAbility, ReplyKind.ChangeNeed];
    /// <summary>A committed client holds to its plan: no "maybe it's time" wavering after "I'm going to".</summary>
    private static readonly ReplyKind[] DoneChange = [ReplyKind.ChangeCommitment, ReplyKind.ChangeTakingSteps, ReplyKind.Committing];
    private static readonly ReplyKind[] Preparatory = [ReplyKind.SustainDesire, ReplyKind.SustainAbility, ReplyKind.SustainReasons, ReplyKind.SustainNeed];
    private static readonly ReplyKind[] Mobilising = [ReplyKind.SustainCommitment, ReplyKind.SustainActivation, ReplyKind.SustainTakingSteps];

    public static ReplyKind Choose(
        Persona persona, SessionState before, ClientState state, MitiCode move, bool permissionGiven,
        ResistanceLevels delta, double trust, double changeTalk, IRandomSource random, int repeats = 0)
    {
        var levels = before.Resistance;
        // The words agree with the balloon: a move that eased it is not answered with an attack.
        var eased = delta.Sustain + delta.Autonomy + delta.Discord < -1;
        switch (state)
        {
            case ClientState.WalkedOut:
                return ReplyKind.Walkout;
            case ClientState.Discord:
                return eased ? (delta.Discord < -4 ? ReplyKind.Neutral : ReplyKind.Affect)
                    : random.NextDouble() < 0.25 ? ReplyKind.Affect : ReplyKind.Discord;
            case ClientState.AutonomyDefence:
                return eased || move.IsQuestion() || random.NextDouble() < 0.35 ? ReplyKind.AutonomyPassive : ReplyKind.AutonomyActive;
        }

        if (repeats >= 1 && !move.IsMiNonAdherent())
        {
            // The same words again: a real client goes flat ("you said that").
            return ReplyKind.Neutral;
        }

        if (move == MitiCode.QuestionClosed && before.QuestionRun >= 3)
        {
            return ReplyKind.Neutral;
        }

        switch (move)
        {
            case MitiCode.Confront:
                return levels.Discord + delta.Discord >= 35 ? ReplyKind.Discord : ReplyKind.AutonomyActive;
            case MitiCode.Persuade:
                // Arguing the change side makes the client argue the other side.
                return levels.Autonomy + delta.Autonomy >= 50 ? ReplyKind.AutonomyActive : Sustain(random, changeTalk);
            case MitiCode.GivingInformation:
                return permissionGiven ? ReplyKind.InfoWithPermission : ReplyKind.InfoWithoutPermission;
            case MitiCode.PersuadeWithPermission:
                return ReplyKind.InfoWithPermission;
            case MitiCode.Affirm when state is not (ClientState.Planning or ClientState.Committed):
                return ReplyKind.Affirmation;
            case MitiCode.Other:
                return ReplyKind.Neutral;
            case MitiCode.QuestionClosed when state is ClientState.Engaging or ClientState.Exploring:
                return random.NextDouble() < 0.6 ? ReplyKind.Neutral : Balance(state, random, changeTalk, levels.Sustain);
        }

        if (state == ClientState.Committed)
        {
            return before.State == ClientState.Planning ? ReplyKind.Committing : Pick(random, DoneChange);
        }

        if (state == ClientState.Planning)
        {
            return random.NextDouble() < 0.65 ? ReplyKind.Planning : Pick(random, LateChange);
        }

        var reflection = move.IsReflection();
        if (reflection && before.LastTalk.IsResistant())
        {
            // Rolling with resistance gives room: the client looks at it, and sometimes says more.
            return OpenValues(before, state, move, trust) ? ReplyKind.Values
                : random.NextDouble() < 0.55 ? ReplyKind.Elaborating
                : Balance(state, random, changeTalk, levels.Sustain);
        }

        if (reflection && before.LastTalk == Talk.Change)
        {
            return OpenValues(before, state, move, trust) ? ReplyKind.Values : Change(state, random);
        }

        if (OpenValues(before, state, move, trust))
        {
            return ReplyKind.Values;
        }

        if (state == ClientState.Engaging && random.NextDouble() < 0.4)
        {
            return ReplyKind.Elaborating;
        }

        var kind = Balance(state, random, changeTalk, levels.Sustain);
        return kind.IsSustainTalk() && persona.SystemConflict is not null && random.NextDouble() < 0.25 ? ReplyKind.System : kind;
    }

    /// <summary>The integrity zone: deeper values only after trust, without discord, answering an invitation.</summary>
    private static bool OpenValues(SessionState before, ClientState state, MitiCode move, double trust) =>
        !before.ValuesRevealed && trust >= BalloonModel.ValuesTrust && before.Resistance.Discord < 30
        && state is ClientState.Exploring or ClientState.Evoking
        && move is MitiCode.ReflectionComplex or MitiCode.QuestionOpen or MitiCode.Affirm;

    /// <summary>Change or sustain talk in proportion to how strong each side is now.</summary>
    private static ReplyKind Balance(ClientState state, IRandomSource random, double changeTalk, double sustain)
    {
        var pChange = Math.Clamp((changeTalk + 5) / (changeTalk + sustain + 10), 0.1, 0.9);
        return random.NextDouble() < pChange ? Change(state, random) : Sustain(random, changeTalk);
    }

    private static ReplyKind Change(ClientState state, IRandomSource random) => state switch
    {
        ClientState.Engaging or ClientState.Exploring => Pick(random, EarlyChange),
        ClientState.Evoking => Pick(random, MidChange),
        _ => Pick(random, LateChange),
    };

    private static ReplyKind Sustain(IRandomSource random, double changeTalk) =>
        changeTalk < 30 && random.NextDouble() < 0.3 ? Pick(random, Mobilising) : Pick(random, Preparatory);

    private static ReplyKind Pick(IRandomSource random, ReplyKind[] kinds) => kinds[random.Next(kinds.Length)];
}
