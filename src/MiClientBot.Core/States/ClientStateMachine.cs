using MiClientBot.Core.Personas;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;
using Stateless;

namespace MiClientBot.Core.States;

/// <summary>
/// The client's state machine, configured in this one place. Triggers are the kinds of trainee move;
/// guards read the balloon after it has moved. Of a state's rules the first that holds wins: walking
/// out, then discord (repair comes first), then autonomy defence, then progress along the MI
/// processes. Pushing never moves the client forward.
/// </summary>
internal static class ClientStateMachine
{
    public const double DiscordEnter = 60, DiscordRepaired = 35, DiscordStrainLevel = 70, AutonomyEnter = 60, AutonomyEased = 40;
    public const int WalkoutStrain = 3;

    private const double ExploreTrust = 35, ExplorePressureBelow = 65;
    private const double EvokeChangeTalk = 40, EvokeSustainAtMost = 55;
    private const double LoseChangeTalkBelow = 25, LoseSustain = 65;
    private const double PlanChangeTalk = 70, PlanSustainAtMost = 40, PlanAutonomyAtMost = 35, PlanDiscordAtMost = 25;
    private const double CommitChangeTalk = 85, CommitAutonomyAtMost = 30, CommitDiscordAtMost = 20;
    private const double DoubtChangeTalkBelow = 55, DoubtSustain = 50;
    private const double WaverChangeTalkBelow = 60, WaverAutonomy = 45;
    private const int NoPushTurns = 3;

    private static readonly ClientState[] Progress =
        [ClientState.Engaging, ClientState.Exploring, ClientState.Evoking, ClientState.Planning, ClientState.Committed];

    private static readonly Guard DiscordTakesOver = Guard.AtLeast("discord", c => c.Resistance.Discord, DiscordEnter);

    private static readonly Guard AutonomyTakesOver = Guard.AtLeast("autonomy", c => c.Resistance.Autonomy, AutonomyEnter)
        .And(new Guard("autonomy >= sustain", c => c.Resistance.Autonomy >= c.Resistance.Sustain));

    private static readonly Guard NoRecentPush = Guard.AtLeast("turns since push", c => c.TurnsSincePush, NoPushTurns);

    /// <summary>Configures <paramref name="machine"/>, whose triggers carry the turn, for a change of <paramref name="size"/>.</summary>
    public static void Configure(
        StateMachine<ClientState, Trigger> machine,
        Func<Trigger, StateMachine<ClientState, Trigger>.TriggerWithParameters<TurnContext>> triggers,
        ChangeSize size)
    {
        foreach (var (state, rules) in Rules(size))
        {
            var configuration = machine.Configure(state);
            foreach (var trigger in Triggers.Any)
            {
                // Stateless takes a transition only when exactly one guard holds, so each rule's guard
                // also says that no earlier rule for the trigger holds: "the first that holds wins".
                var earlier = new List<Rule>();
                foreach (var rule in rules.Where(r => r.On.Contains(trigger)))
                {
                    var description = earlier.Count == 0
                        ? rule.When.Description
                        : $"{rule.When.Description}; unless {string.Join(" or ", earlier.Select(e => e.To))}";
                    configuration.PermitIf(triggers(trigger), rule.To, FirstToHold(rule, earlier), description);
                    earlier.Add(rule);
                }
            }
        }
    }

    /// <summary>Each state's rules, in order of precedence.</summary>
    private static IEnumerable<(ClientState State, Rule[] Rules)> Rules(ChangeSize size)
    {
        var small = size == ChangeSize.Small;
        Rule[] takeOver = [new(ClientState.Discord, Triggers.Any, DiscordTakesOver), new(ClientState.AutonomyDefence, Triggers.Any, AutonomyTakesOver)];
        foreach (var state in Progress)
        {
            yield return (state, [.. takeOver, .. ProgressRules(state, small)]);
        }

        yield return (ClientState.AutonomyDefence,
        [
            new(ClientState.Discord, Triggers.Any, DiscordTakesOver),
            new(ClientState.Exploring, Triggers.Consistent, Guard.Below("autonomy", c => c.Resistance.Autonomy, AutonomyEased)
                .And(new Guard("had explored", c => c.Resume != ClientState.Engaging))),
            new(ClientState.Engaging, Triggers.Consistent, Guard.Below("autonomy", c => c.Resistance.Autonomy, AutonomyEased)),
        ]);
        yield return (ClientState.Discord,
        [
            new(ClientState.WalkedOut, Triggers.Any, new Guard(
                $"discord >= {DiscordStrainLevel} for {WalkoutStrain} turns", c => c.DiscordStrain >= WalkoutStrain)),
            new(ClientState.Engaging, Triggers.Consistent, Guard.Below("discord", c => c.Resistance.Discord, DiscordRepaired)),
        ]);
        yield return (ClientState.WalkedOut, []);
    }

    private static Rule[] ProgressRules(ClientState state, bool small) => state switch
    {
        ClientState.Engaging =>
        [
            new(ClientState.Exploring, Triggers.Consistent, Guard.AtLeast("trust", c => c.Trust, ExploreTrust)
                .And(Guard.Below("pressure", c => c.Resistance.Pressure, ExplorePressureBelow))
                .And(TurnsInState(1))),
        ],
        ClientState.Exploring =>
        [
            new(ClientState.Evoking, Triggers.Evocative, Guard.AtLeast("change talk", c => c.ChangeTalk, EvokeChangeTalk)
                .And(Guard.AtMost("sustain", c => c.Resistance.Sustain, EvokeSustainAtMost))
                .And(TurnsInState(2))),
        ],
        ClientState.Evoking =>
        [
            new(ClientState.Planning, Triggers.Evocative, Guard.AtLeast("change talk", c => c.ChangeTalk, PlanChangeTalk)
                .And(Guard.AtMost("sustain", c => c.Resistance.Sustain, PlanSustainAtMost))
                .And(Guard.AtMost("autonomy", c => c.Resistance.Autonomy, PlanAutonomyAtMost))
                .And(Guard.AtMost("discord", c => c.Resistance.Discord, PlanDiscordAtMost))
                .And(TurnsInState(small ? 2 : 4))
                .And(NoRecentPush)),
            new(ClientState.Exploring, Triggers.Any, Guard.Below("change talk", c => c.ChangeTalk, LoseChangeTalkBelow)
                .Or(Guard.AtLeast("sustain", c => c.Resistance.Sustain, LoseSustain))),
        ],
        ClientState.Planning =>
        [
            new(ClientState.Committed, Triggers.Evocative, Guard.AtLeast("change talk", c => c.ChangeTalk, CommitChangeTalk)
                .And(Guard.AtMost("autonomy", c => c.Resistance.Autonomy, CommitAutonomyAtMost))
                .And(Guard.AtMost("discord", c => c.Resistance.Discord, CommitDiscordAtMost))
                .And(Guard.AtLeast("change talk the client voiced", c => c.ChangeVoiced, BalloonModel.VoicedForCommitment))
                .And(TurnsInState(small ? 2 : 3))
                .And(NoRecentPush)),
            new(ClientState.Evoking, Triggers.Any, Guard.Below("change talk", c => c.ChangeTalk, DoubtChangeTalkBelow)
                .Or(Guard.AtLeast("sustain", c => c.Resistance.Sustain, DoubtSustain))
                .Or(new Guard("pushed", c => c.TurnsSincePush == 0))),
        ],
        ClientState.Committed =>
        [
            new(ClientState.Planning, Triggers.Any, Guard.Below("change talk", c => c.ChangeTalk, WaverChangeTalkBelow)
                .Or(Guard.AtLeast("autonomy", c => c.Resistance.Autonomy, WaverAutonomy))),
        ],
        _ => [],
    };

    private static Guard TurnsInState(int turns) => Guard.AtLeast("turns in state", c => c.TurnsInState, turns);

    private static Func<TurnContext, bool> FirstToHold(Rule rule, List<Rule> earlier)
    {
        var holds = rule.When.Test;
        var before = earlier.Select(e => e.When.Test).ToArray();
        return c =>
        {
            if (!holds(c))
            {
                return false;
            }

            foreach (var other in before)
            {
                if (other(c))
                {
                    return false;
                }
            }

            return true;
        };
    }
}
