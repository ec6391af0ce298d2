using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Storage;

/// <summary>
/// Per-conversation state with optimistic concurrency: every write names the version it read, and
/// fails (returns false) when another write came first. Channels (Bot Framework, Direct Line) key
/// conversations by "{channel}:{conversation id}"; durable stores keep the state as
/// <see cref="ConversationStateSerializer"/> JSON.
/// </summary>
internal interface IConversationStore
{
    /// <summary>The stored conversation, or null when there is none yet.</summary>
    Task<StoredConversation?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="state"/> if the stored version is still <paramref name="expectedVersion"/>
    /// (0: the conversation must not exist yet); the new version is one higher.
    /// </summary>
    Task<bool> TryWriteAsync(string key, ConversationState state, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="TryWriteAsync(string, ConversationState, long, CancellationToken)"/>, with the trainee's name
    /// and the turn's transcript lines, stored in the same write. Stores without transcripts keep the state only.
    /// </summary>
    Task<bool> TryWriteAsync(string key, ConversationWrite write, long expectedVersion, CancellationToken cancellationToken) =>
        TryWriteAsync(key, write.State, expectedVersion, cancellationToken);
}
