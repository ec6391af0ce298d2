using MiClientBot.Core.Conversations;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Tests.Support;

/// <summary>
/// A store that, once armed, holds reads back until the given number of turns have all read the same
/// version, so their writes are sure to collide: the race two quick messages can produce by chance.
/// </summary>
internal sealed class RacingStore : IConversationStore
{
    private readonly InMemoryConversationStore _inner = new();
    private TaskCompletionSource _allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;
    private int _armedFor;
    private int _conflicts;

    public int Conflicts => _conflicts;

    public void Arm(int readers)
    {
        _allRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting = 0;
        _armedFor = readers;
    }

    public async Task<StoredConversation?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await _inner.ReadAsync(key, cancellationToken);
        if (Volatile.Read(ref _armedFor) > 0)
        {
            var arrived = Interlocked.Increment(ref _waiting);
            if (arrived == _armedFor)
            {
                Volatile.Write(ref _armedFor, 0);
                _allRead.TrySetResult();
            }

            if (arrived <= _armedFor || !_allRead.Task.IsCompleted)
            {
                await _allRead.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            }
        }

        return stored;
    }

    public async Task<bool> TryWriteAsync(string key, ConversationState state, long expectedVersion, CancellationToken cancellationToken)
    {
        var written = await _inner.TryWriteAsync(key, state, expectedVersion, cancellationToken);
        if (!written)
        {
            Interlocked.Increment(ref _conflicts);
        }

        return written;
    }
}
