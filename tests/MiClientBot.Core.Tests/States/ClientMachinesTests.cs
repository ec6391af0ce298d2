using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.States;

namespace MiClientBot.Core.Tests.States;

public class ClientMachinesTests
{
    private static readonly MitiCode[] Moves = [.. MitiCodes.All];

    [Fact]
    public void Next_NoRuleHolds_StaysInState()
    {
        var context = Context(MitiCode.QuestionOpen, new ResistanceLevels(50, 20, 10), trust: 10);

        Assert.Equal(ClientState.Engaging, new ClientMachines().Next(ClientState.Engaging, context));
    }

    [Fact]
    public void Next_DiscordAndAutonomyBothHigh_DiscordWins()
    {
        var context = Context(MitiCode.Persuade, new ResistanceLevels(20, 80, 65));

        Assert.Equal(ClientState.Discord, new ClientMachines().Next(ClientState.Exploring, context));
    }

    [Fact]
    public void Next_ReadyToCommitWithHighSustain_CommitsBeforeFallingBack()
    {
        // Both "commit" and "sustain >= 50, back to evoking" hold; the first rule wins, as it always has.
        var context = Context(MitiCode.ReflectionComplex, new ResistanceLevels(60, 10, 5), changeTalk: 90, turnsInState: 3, turnsSincePush: 5);

        Assert.Equal(ClientState.Committed, new ClientMachines().Next(ClientState.Planning, context));
    }

    [Fact]
    public void Next_ReadyToCommitButTheClientHasNotVoicedChangeTalk_StaysPlanning()
    {
        var context = Context(MitiCode.ReflectionComplex, new ResistanceLevels(20, 10, 5), changeTalk: 95, turnsInState: 5, turnsSincePush: 9, changeVoiced: 0);

        Assert.Equal(ClientState.Planning, new ClientMachines().Next(ClientState.Planning, context));
    }

    [Fact]
    public void Next_PushInPlanning_FallsBackToEvoking()
    {
        var context = Context(MitiCode.Confront, new ResistanceLevels(20, 20, 20), changeTalk: 90, turnsSincePush: 0);

        Assert.Equal(ClientState.Evoking, new ClientMachines().Next(ClientState.Planning, context));
    }

    [Fact]
    public void Next_SmallChange_PlansSoonerThanLarge()
    {
        var small = Context(MitiCode.Affirm, new ResistanceLevels(10, 10, 5), changeTalk: 80, turnsInState: 2, turnsSincePush: 5, size: ChangeSize.Small);
        var large = small with { Size = ChangeSize.Large };
        var machines = new ClientMachines();

        Assert.Equal(ClientState.Planning, machines.Next(ClientState.Evoking, small));
        Assert.Equal(ClientState.Evoking, machines.Next(ClientState.Evoking, large));
    }

    [Fact]
    public void Next_AnyStateMoveAndBalloon_NeverFindsTwoTransitions()
    {
        // Stateless throws when two guards hold for one trigger; the precedence built into each guard must prevent that.
        var random = new Random(17);
        var machines = new ClientMachines();
        for (var i = 0; i < 20_000; i++)
        {
            var context = new TurnContext(
                Moves[random.Next(Moves.Length)], new ResistanceLevels(random.Next(101), random.Next(101), random.Next(101)),
                random.Next(101), random.Next(101), random.Next(6), random.Next(5), random.Next(5),
                (ClientState)random.Next(5), (ChangeSize)random.Next(2));
            var from = (ClientState)random.Next(8);

            var next = machines.Next(from, context);

            Assert.True(Enum.IsDefined(next));
        }
    }

    [Fact]
    public void Next_ManyThreadsAtOnce_GiveTheSameStatesAsOneThread()
    {
        var random = new Random(3);
        var cases = Enumerable.Range(0, 4_000).Select(_ => (
            From: (ClientState)random.Next(7),
            Context: Context(Moves[random.Next(Moves.Length)], new ResistanceLevels(random.Next(101), random.Next(101), random.Next(101)),
                trust: random.Next(101), changeTalk: random.Next(101), turnsInState: random.Next(6), turnsSincePush: random.Next(5),
                size: (ChangeSize)random.Next(2)))).ToArray();
        var expected = cases.Select(c => new ClientMachines().Next(c.From, c.Context)).ToArray();
        var shared = new ClientMachines();
        var actual = new ClientState[cases.Length];

        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = shared.Next(cases[i].From, cases[i].Context));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Mermaid_LargeChange_DescribesGuardsWithTheirThresholds()
    {
        var mermaid = ClientStateGraph.Mermaid(ChangeSize.Large);

        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        Assert.Contains($"Engaging --> Discord : Push [discord >= {ClientStateMachine.DiscordEnter}]", mermaid, StringComparison.Ordinal);
        Assert.Contains($"Discord --> WalkedOut : Push [discord >= {ClientStateMachine.DiscordStrainLevel} for {ClientStateMachine.WalkoutStrain} turns]", mermaid, StringComparison.Ordinal);
        Assert.Contains("turns in state >= 4", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("Engaging --> Exploring : Push", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_SmallChange_UsesTheSmallChangeTurns()
    {
        var dot = ClientStateGraph.Dot(ChangeSize.Small);

        Assert.StartsWith("digraph {", dot, StringComparison.Ordinal);
        Assert.Contains("\"Evoking\" -> \"Planning\"", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("turns in state >= 4", dot, StringComparison.Ordinal);
    }

    private static TurnContext Context(
        MitiCode move, ResistanceLevels resistance, double trust = 50, double changeTalk = 30, int turnsInState = 1,
        int strain = 0, int turnsSincePush = 3, ChangeSize size = ChangeSize.Large, int changeVoiced = 10) =>
        new(move, resistance, trust, changeTalk, turnsInState, strain, turnsSincePush, ClientState.Exploring, size, changeVoiced);
}
