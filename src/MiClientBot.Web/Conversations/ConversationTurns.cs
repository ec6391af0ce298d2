using MiClientBot.Core.Conversations;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Conversations;

/// <summary>
/// Runs one turn of the (pure) conversation flow against the store: read, compute, write with the
/// version read. When another message of the same conversation was stored in between, the turn is
/// computed again on the newer state, so two messages at once both count and neither is lost.
/// </summary>
internal sealed class ConversationTurns
{
    public const int MaxAttempts = 16;

    /// <summary>
    /// Turns of one conversation queue up within a host (striped by key, so memory stays bounded), which
    /// leaves optimistic retries only for writers on other hosts sharing the database.
    /// </summary>
    private const int Stripes = 256;

    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    private readonly IConversationStore _store;
    private readonly TimeProvider _time;

    public ConversationTurns(IConversationStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>
    /// Applies <paramref name="turn"/> to the stored state (null for a new conversation) and returns
    /// what to say. The function may run more than once, so it must not have side effects.
    /// </summary>
    public Task<IReadOnlyList<ConversationOutput>> RunAsync(
        string key,
        Func<ConversationState?, (ConversationState State, IReadOnlyList<ConversationOutput> Outputs)> turn,
        CancellationToken cancellationToken) => RunAsync(key, turn, null, cancellationToken);

    /// <summary>As above; <paramref name="source"/> names the trainee and gives the text for the transcript.</summary>
    public async Task<IReadOnlyList<ConversationOutput>> RunAsync(
        string key,
        Func<ConversationState?, (ConversationState State, IReadOnlyList<ConversationOutput> Outputs)> turn,
        TurnSource? source,
        CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % Stripes)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            return await RunLockedAsync(key, turn, source, cancellationToken);
        }
        finally
        {
            stripe.Release();
        }
    }

    private async Task<IReadOnlyList<ConversationOutput>> RunLockedAsync(
        string key,
        Func<ConversationState?, (ConversationState State, IReadOnlyList<ConversationOutput> Outputs)> turn,
        TurnSource? source,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await _store.ReadAsync(key, cancellationToken);
            var (next, outputs) = turn(stored?.State);
            if (stored is not null && ReferenceEquals(next, stored.State))
            {
                return outputs;
            }

            var write = new ConversationWrite(next, source?.TraineeName, TranscriptLines.Of(source, outputs, _time.GetUtcNow()));
            if (await _store.TryWriteAsync(key, write, stored?.Version ?? 0, cancellationToken))
            {
                return outputs;
            }

            // Lost the race: a short, growing, jittered pause keeps two retrying writers from colliding again.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), _time, cancellationToken);
        }

        throw new ConversationBusyException($"Conversation {key} changed {MaxAttempts} times while a turn was computed.");
    }
}
