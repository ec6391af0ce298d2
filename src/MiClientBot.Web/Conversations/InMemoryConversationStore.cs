using System.Collections.Concurrent;
using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Conversations;

/// <summary>Conversations in process memory: lost on restart (the durable stores come with the persistence issue).</summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<string, StoredConversation> _conversations = new(StringComparer.Ordinal);

    public Task<StoredConversation?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryGetValue(key, out var stored) ? stored : null);

    public Task<bool> TryWriteAsync(string key, ConversationState state, long expectedVersion, CancellationToken cancellationToken)
    {
        var next = new StoredConversation(state, expectedVersion + 1);
        if (expectedVersion == 0)
        {
            return Task.FromResult(_conversations.TryAdd(key, next));
        }

        // Compare-and-swap on the exact object read, so two writers of the same version cannot both win.
        return Task.FromResult(
            _conversations.TryGetValue(key, out var current)
            && current.Version == expectedVersion
            && _conversations.TryUpdate(key, next, current));
    }
}
