using MiClientBot.Core.StateMachines;

namespace MiClientBot.Core.Tests.StateMachines;

public class StateMachineTests
{
    private enum S { Idle, Running, Done }

    private enum T { Start, Stop, Finish }

    [Fact]
    public void Fire_PermittedTrigger_MovesAndRunsEntryAndExit()
    {
        var log = new List<string>();
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Running).OnExit(t => log.Add($"exit {t.Source}"));
        m.Configure(S.Running).OnEntry(t => log.Add($"enter {t.Destination} by {t.Trigger}"));

        m.Fire(T.Start);

        Assert.Equal(S.Running, m.State);
        Assert.Equal(["exit Idle", "enter Running by Start"], log);
    }

    [Fact]
    public void Fire_UnpermittedTrigger_ThrowsAndStays()
    {
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Running);

        Assert.Throws<InvalidOperationException>(() => m.Fire(T.Stop));
        Assert.Equal(S.Idle, m.State);
        Assert.False(m.TryFire(T.Finish));
    }

    [Fact]
    public void PermitIf_GuardsDecide_FirstPassingGuardWins()
    {
        var level = 0;
        var m = new StateMachine<S, T>(S.Running);
        m.Configure(S.Running)
            .PermitIf(T.Stop, S.Done, () => level > 5, "level > 5")
            .PermitIf(T.Stop, S.Idle, () => level > 0, "level > 0");

        Assert.False(m.CanFire(T.Stop));
        Assert.Empty(m.PermittedTriggers);

        level = 3;
        Assert.Equal([T.Stop], m.PermittedTriggers);
        level = 9;
        m.Fire(T.Stop);
        Assert.Equal(S.Done, m.State);
    }

    [Fact]
    public void ExternalState_IsReadAndWrittenThroughAccessors()
    {
        var stored = S.Idle;
        var m = new StateMachine<S, T>(() => stored, s => stored = s);
        m.Configure(S.Idle).Permit(T.Start, S.Running);

        m.Fire(T.Start);

        Assert.Equal(S.Running, stored);
    }

    [Fact]
    public void ToMermaid_ListsEveryEdgeWithTriggersAndGuards()
    {
        var m = new StateMachine<S, T>(S.Idle);
        m.Configure(S.Idle).Permit(T.Start, S.Running);
        m.Configure(S.Running).PermitIf(T.Finish, S.Done, () => true, "all work done");

        var mermaid = m.ToMermaid();
        var dot = m.ToDot();

        Assert.StartsWith("stateDiagram-v2", mermaid);
        Assert.Contains("Idle --> Running : Start", mermaid);
        Assert.Contains("Running --> Done : Finish [all work done]", mermaid);
        Assert.Contains("\"Idle\" -> \"Running\"", dot);
    }
}
