using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Turns;

/// <summary>
/// The turn one inbound activity started: what the client said (once it is computed and stored) and whether
/// the replies reached the channel, so a redelivery of the activity can be answered without a second turn.
/// </summary>
internal sealed class RecentTurn
{
    private readonly TaskCompletionSource<IReadOnlyList<ConversationOutput>> _outputs = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _undelivered;

    public RecentTurn(string activityId, DateTimeOffset started)
    {
        ActivityId = activityId;
        Started = started;
    }

    public string ActivityId { get; }

    public DateTimeOffset Started { get; }

    /// <summary>The outputs of the stored turn; faults when the turn failed before it was stored.</summary>
    public Task<IReadOnlyList<ConversationOutput>> Outputs => _outputs.Task;

    public void Stored(IReadOnlyList<ConversationOutput> outputs) => _outputs.TrySetResult(outputs);

    public void Failed(Exception error) => _outputs.TrySetException(error);

    public void MarkUndelivered() => Volatile.Write(ref _undelivered, 1);

    /// <summary>
    /// True for exactly one caller when the replies did not reach the channel: that caller sends them again. While they
    /// are on their way, or once they arrived, sending them again would show them twice.
    /// </summary>
    public bool TryClaimResend() => Interlocked.CompareExchange(ref _undelivered, 0, 1) == 1;
}
