using MiClientBot.Core.Conversations;
using MiClientBot.Web.Tests.Support;
using MiClientBot.Web.Turns;

namespace MiClientBot.Web.Tests.Turns;

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
    public async Task ClaimAsync_EarlierDeliveryFailsBeforeItsTurnIsStored_TheWaitingRedeliveryClaimsTheTurnAnew()
    {
        var turns = new RecentTurns(_time);
        var (first, firstOutputs) = await turns.ClaimAsync(Key, "m1", CancellationToken.None);
        var again = turns.ClaimAsync(Key, "m1", CancellationToken.None);
        Assert.Null(firstOutputs);
        Assert.False(again.IsCompleted);

        turns.Fail(Key, first, new TimeoutException("the store did not answer"));
        var (retry, retryOutputs) = await again;

        Assert.Null(retryOutputs);
        Assert.NotSame(first, retry);
    }

    [Fact]
    public async Task ClaimAsync_EarlierDeliveryStoredItsTurn_ReturnsItsOutputs()
    {
        var turns = new RecentTurns(_time);
        var (first, _) = await turns.ClaimAsync(Key, "m1", CancellationToken.None);
        IReadOnlyList<ConversationOutput> outputs = [new ToolSaid("answer")];
        first.Stored(outputs);

        var (again, earlier) = await turns.ClaimAsync(Key, "m1", CancellationToken.None);

        Assert.Same(first, again);
        Assert.Same(outputs, earlier);
    }
}
