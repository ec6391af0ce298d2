using MiClientBot.Core.Conversations;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Tests.Support;

/// <summary>
/// A store that, once told to, holds the next read back until released: a turn that is slow to store, as when a
/// database is busy and the channel gives up waiting and delivers the activity again.
/// </summary>
internal sealed class HeldStore : IConversationStore
{
    private readonly InMemoryConversationStore _inner = new();
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _next;
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the held read has begun.</summary>
    public Task Reached => _reached.Task;

    public void HoldNextRead()
    {
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _next = _gate;
    }

    public void Release() => _gate.TrySetResult();

    public async Task<StoredConversation?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _next, null) is { } held)
        {
            _reached.TrySetResult();
            await held.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return await _inner.ReadAsync(key, cancellationToken);
    }

    public Task<bool> TryWriteAsync(string key, ConversationState state, long expectedVersion, CancellationToken cancellationToken) =>
        _inner.TryWriteAsync(key, state, expectedVersion, cancellationToken);
}
