using System.Collections.Concurrent;
using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Storage;

/// <summary>
/// Conversations in process memory, lost on restart: for tests and throw-away demos
/// (Storage:Provider Memory). Keeps the same contract as the durable stores, transcript included.
/// </summary>
internal sealed class InMemoryConversationStore : IConversationStore, IConversationArchive
{
    private readonly ConcurrentDictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public InMemoryConversationStore()
        : this(TimeProvider.System)
    {
    }

    public InMemoryConversationStore(TimeProvider time) => _time = time;

    public Task<StoredConversation?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryGetValue(key, out var entry) ? entry.Stored : null);

    public Task<bool> TryWriteAsync(string key, ConversationState state, long expectedVersion, CancellationToken cancellationToken) =>
        TryWriteAsync(key, ConversationWrite.Of(state), expectedVersion, cancellationToken);

    public Task<bool> TryWriteAsync(string key, ConversationWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (expectedVersion == 0)
        {
            var created = new Entry(new StoredConversation(write.State, 1), write.Trainee, now, now, TranscriptLog.Empty.Append(write.Lines));
            return Task.FromResult(_conversations.TryAdd(key, created));
        }

        if (!_conversations.TryGetValue(key, out var current) || current.Stored.Version != expectedVersion)
        {
            return Task.FromResult(false);
        }

        var next = current with
        {
            Stored = new StoredConversation(write.State, expectedVersion + 1),
            Trainee = write.Trainee ?? current.Trainee,
            UpdatedAt = now,
            Lines = current.Lines.Append(write.Lines),
        };

        // Compare-and-swap on the exact object read, so two writers of the same version cannot both win.
        return Task.FromResult(_conversations.TryUpdate(key, next, current));
    }

    public Task<IReadOnlyList<ArchivedConversation>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ArchivedConversation>>(
            [.. _conversations.Select(c => c.Value.ToArchived(c.Key, withTranscript: false)).OrderByDescending(c => c.UpdatedAt)]);

    public Task<ArchivedConversation?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations
            .Where(c => SessionIds.Of(c.Key) == id)
            .Select(c => c.Value.ToArchived(c.Key, withTranscript: true))
            .FirstOrDefault());

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryRemove(key, out _));

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var (key, entry) in _conversations)
        {
            // Removes only the entry seen, so a turn written meanwhile is not swept with it.
            if (entry.UpdatedAt < cutoff && _conversations.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
            {
                deleted++;
            }
        }

        return Task.FromResult(deleted);
    }

    private sealed record Entry(StoredConversation Stored, string? Trainee, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, TranscriptLog Lines)
    {
        public ArchivedConversation ToArchived(string key, bool withTranscript) =>
            new(SessionIds.Of(key), key, Stored, Trainee, StartedAt, UpdatedAt, withTranscript ? Lines.ToArray() : []);
    }
}
