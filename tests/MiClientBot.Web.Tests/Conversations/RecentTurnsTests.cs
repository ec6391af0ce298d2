using MiClientBot.Core.Conversations;
using MiClientBot.Web.Conversations;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Conversations;

public sealed class RecentTurnsTests
{
    private const string Key = "msteams:a:1";

    private readonly ManualTime _time = new();

    [Fact]
    public void Claim_SameActivityAgain_ReturnsTheFirstTurn()
    {
        var turns = new RecentTurns(_time);
        var first = turns.Claim(Key, "m1", out var firstIsNew);

        var again = turns.Claim(Key, "m1", out var againIsNew);

        Assert.True(firstIsNew);
        Assert.False(againIsNew);
        Assert.Same(first, again);
    }

    [Fact]
    public void Claim_NextActivityOfTheConversation_ReplacesTheLast()
    {
        var turns = new RecentTurns(_time);
        turns.Claim(Key, "m1", out _);

        turns.Claim(Key, "m2", out var isNew);

        Assert.True(isNew);
        Assert.Equal(1, turns.Count);
    }

    [Fact]
    public void Claim_SameIdInAnotherConversation_IsNew()
    {
        var turns = new RecentTurns(_time);
        turns.Claim(Key, "m1", out _);

        turns.Claim("msteams:a:2", "m1", out var isNew);

        Assert.True(isNew);
    }

    [Fact]
    public void Claim_AfterTheLifetime_IsNewAndOldEntriesAreSwept()
    {
        var turns = new RecentTurns(_time);
        turns.Claim(Key, "m1", out _);
        _time.Advance(RecentTurns.Lifetime + TimeSpan.FromMinutes(1));

        turns.Claim(Key, "m1", out var isNew);
        turns.Claim("msteams:a:2", "m1", out _);
        _time.Advance(RecentTurns.Lifetime + TimeSpan.FromMinutes(2));
        turns.Claim("msteams:a:3", "m1", out _);

        Assert.True(isNew);
        Assert.Equal(1, turns.Count);
    }

    [Fact]
    public void Claim_AfterForget_IsNew()
    {
        var turns = new RecentTurns(_time);
        var failed = turns.Claim(Key, "m1", out _);
        turns.Forget(Key, failed);

        turns.Claim(Key, "m1", out var isNew);

        Assert.True(isNew);
    }

    [Fact]
    public async Task Outputs_WhileTheTurnRuns_CompleteWhenItIsStored()
    {
        var turns = new RecentTurns(_time);
        var first = turns.Claim(Key, "m1", out _);
        var waiting = turns.Claim(Key, "m1", out _).Outputs;
        Assert.False(waiting.IsCompleted);

        IReadOnlyList<ConversationOutput> outputs = [new ToolSaid("welcome")];
        first.Stored(outputs);

        Assert.Same(outputs, await waiting);
    }

    [Fact]
    public void TryClaimResend_RepliesUndelivered_OnlyOneRedeliverySendsThem()
    {
        var turn = new RecentTurns(_time).Claim(Key, "m1", out _);
        Assert.False(turn.TryClaimResend());
        turn.MarkUndelivered();

        Assert.True(turn.TryClaimResend());
        Assert.False(turn.TryClaimResend());
    }

    [Fact]
    public async Task RunOnceAsync_EarlierDeliveryFailsBeforeItsTurnIsStored_TheWaitingRedeliveryRunsTheTurn()
    {
        var turns = new RecentTurns(_time);
        var slowStore = new TaskCompletionSource<IReadOnlyList<ConversationOutput>>();
        IReadOnlyList<ConversationOutput> outputs = [new ToolSaid("answer")];
        var runs = 0;
        var delivered = new List<IReadOnlyList<ConversationOutput>>();
        Task Deliver(IReadOnlyList<ConversationOutput> o)
        {
            delivered.Add(o);
            return Task.CompletedTask;
        }

        var first = turns.RunOnceAsync(Key, "m1", false, () => { runs++; return slowStore.Task; }, Deliver, CancellationToken.None);
        var again = turns.RunOnceAsync(Key, "m1", false, () => { runs++; return Task.FromResult(outputs); }, Deliver, CancellationToken.None);
        Assert.False(again.IsCompleted);
        slowStore.SetException(new TimeoutException("the store did not answer"));

        await Assert.ThrowsAsync<TimeoutException>(() => first);
        await again;
        Assert.Equal(2, runs);
        Assert.Same(outputs, Assert.Single(delivered));
    }
}
