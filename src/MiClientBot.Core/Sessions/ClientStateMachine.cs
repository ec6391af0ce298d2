using MiClientBot.Core.Coding;
using MiClientBot.Core.StateMachines;

namespace MiClientBot.Core.Sessions;

/// <summary>
/// The client's state machine. Triggers are the coded trainee moves; guards read the balloon.
/// Order matters (the first passing guard wins): walking out, then discord (repair comes first),
/// then autonomy defence, then progress along the MI processes. Pushing never moves the client forward.
/// </summary>
internal static class ClientStateMachine
{
    public const double DiscordEnter = 60, DiscordRepaired = 35, DiscordStrainLevel = 70, AutonomyEnter = 60, AutonomyEased = 40;
    public const int WalkoutStrain = 3;

    private static readonly MitiCode[] All = [.. MitiCodes.All];
    private static readonly MitiCode[] Consistent = [.. MitiCodes.All.Where(c => !c.IsMiNonAdherent())];
    private static readonly MitiCode[] Evocative =
    [
        MitiCode.QuestionOpen, MitiCode.ReflectionSimple, MitiCode.ReflectionComplex, MitiCode.Affirm,
        MitiCode.SeekingCollaboration, MitiCode.EmphasizingAutonomy,
    ];

    private static readonly ClientState[] Progress =
        [ClientState.Engaging, ClientState.Exploring, ClientState.Evoking, ClientState.Planning, ClientState.Committed];

    /// <summary>Builds the machine over an external state; <paramref name="context"/> is read by the guards.</summary>
    public static StateMachine<ClientState, MitiCode> Create(Func<ClientState> read, Action<ClientState> write, Func<TurnContext> context)
    {
        var m = new StateMachine<ClientState, MitiCode>(read, write);
        TurnContext C() => context();

        foreach (var progress in Progress)
        {
            m.Configure(progress)
                .PermitIf(All, ClientState.Discord, () => C().Resistance.Discord >= DiscordEnter, "discord >= 60")
                .PermitIf(All, ClientState.AutonomyDefence, () => C().Resistance.Autonomy >= AutonomyEnter && C().Resistance.Autonomy >= C().Resistance.Sustain, "autonomy >= 60 and above sustain");
        }

        m.Configure(ClientState.Engaging)
            .PermitIf(Consistent, ClientState.Exploring, () => C().Trust >= 35 && C().Resistance.Pressure < 65 && C().TurnsInState >= 1, "trust >= 35, pressure < 65");
        m.Configure(ClientState.Exploring)
            .PermitIf(Evocative, ClientState.Evoking, () => C().ChangeTalk >= 40 && C().Resistance.Sustain <= 55 && C().TurnsInState >= 2, "change talk >= 40, sustain <= 55");
        m.Configure(ClientState.Evoking)
            .PermitIf(Evocative, ClientState.Planning, () => ReadyToPlan(C()), "change talk >= 70, resistance low, no recent push")
            .PermitIf(All, ClientState.Exploring, () => C().ChangeTalk < 25 || C().Resistance.Sustain >= 65, "change talk < 25 or sustain >= 65");
        m.Configure(ClientState.Planning)
            .PermitIf(Evocative, ClientState.Committed, () => ReadyToCommit(C()), "change talk >= 85, autonomy <= 30, no recent push")
            .PermitIf(All, ClientState.Evoking, () => C().ChangeTalk < 55 || C().Resistance.Sustain >= 50 || C().TurnsSincePush == 0, "change talk < 55, sustain >= 50 or pushed");
        m.Configure(ClientState.Committed)
            .PermitIf(All, ClientState.Planning, () => C().ChangeTalk < 60 || C().Resistance.Autonomy >= 45, "change talk < 60 or autonomy >= 45");

        m.Configure(ClientState.AutonomyDefence)
            .PermitIf(All, ClientState.Discord, () => C().Resistance.Discord >= DiscordEnter, "discord >= 60")
            .PermitIf(Consistent, ClientState.Exploring, () => C().Resistance.Autonomy < AutonomyEased && C().Resume != ClientState.Engaging, "autonomy < 40, had explored")
            .PermitIf(Consistent, ClientState.Engaging, () => C().Resistance.Autonomy < AutonomyEased, "autonomy < 40");
        m.Configure(ClientState.Discord)
            .PermitIf(All, ClientState.WalkedOut, () => C().DiscordStrain >= WalkoutStrain, "discord >= 70 for 3 turns")
            .PermitIf(Consistent, ClientState.Engaging, () => C().Resistance.Discord < DiscordRepaired, "discord < 35 (repaired)");
        m.Configure(ClientState.WalkedOut);
        return m;
    }

    /// <summary>Names the trigger sets the machine uses, so that the diagram stays readable.</summary>
    public static string Describe(IReadOnlyList<MitiCode> triggers) =>
        triggers.Count == All.Length ? "any move"
        : triggers.Count == Consistent.Length && !triggers.Except(Consistent).Any() ? "any move but persuade or confront"
        : triggers.Count == Evocative.Length && !triggers.Except(Evocative).Any() ? "open question, reflection, affirm, collaboration or autonomy"
        : string.Join(", ", triggers.Select(t => t.ToName()));

    private static bool ReadyToPlan(TurnContext c) =>
        c.ChangeTalk >= 70 && c.Resistance.Sustain <= 40 && c.Resistance.Autonomy <= 35 && c.Resistance.Discord <= 25
        && c.TurnsInState >= (c.Size == Personas.ChangeSize.Small ? 2 : 4) && c.TurnsSincePush >= 3;

    private static bool ReadyToCommit(TurnContext c) =>
        c.ChangeTalk >= 85 && c.Resistance.Autonomy <= 30 && c.Resistance.Discord <= 20
        && c.TurnsInState >= (c.Size == Personas.ChangeSize.Small ? 2 : 3) && c.TurnsSincePush >= 3;
}
