using MiClientBot.Core.Conversations;

namespace MiClientBot.Core.Voice;

/// <summary>
/// A turn computed (and phrased) ahead of a store's write. Applying it is pure, so it may run inside
/// a retry loop: on the state it was prepared on it gives the prepared turn; on any other state (another
/// message got there first) the plain flow decides, with the scripted line.
/// </summary>
public sealed class VoicedStep
{
    private readonly ConversationState _before;

    internal VoicedStep(ConversationState before, ConversationState state, IReadOnlyList<ConversationOutput> outputs)
    {
        _before = before;
        Result = (state, outputs);
    }

    /// <summary>The next state and what to say.</summary>
    public (ConversationState State, IReadOnlyList<ConversationOutput> Outputs) Result { get; }

    /// <summary>The prepared turn when <paramref name="current"/> is the state it was prepared on, else <paramref name="handle"/>'s.</summary>
    public (ConversationState State, IReadOnlyList<ConversationOutput> Outputs) Apply(
        ConversationState current, Func<ConversationState, (ConversationState State, IReadOnlyList<ConversationOutput> Outputs)> handle) =>
        ReferenceEquals(current, _before)
        || string.Equals(ConversationStateSerializer.Serialize(current), ConversationStateSerializer.Serialize(_before), StringComparison.Ordinal)
            ? Result
            : handle(current);
}
