using MiClientBot.Core.Conversations;
using MiClientBot.Core.Voice;
using MiClientBot.Web.Bot;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Voice;

namespace MiClientBot.Web.Turns;

/// <summary>
/// One turn from any channel, as one straight sequence: de-duplicate, lock, load, flow, store, deliver. The bot
/// (<see cref="MiBot"/>) decides what the turn is; everything between the activity and the replies happens here.
/// </summary>
internal sealed class TurnPipeline
{
    public const int MaxAttempts = 16;

    private readonly RecentTurns _recent;
    private readonly ConversationLocks _locks;
    private readonly IConversationStore _store;
    private readonly OutputRenderer _renderer;
    private readonly TimeProvider _time;
    private readonly VoiceTurns _voice;

    public TurnPipeline(RecentTurns recent, ConversationLocks locks, IConversationStore store, OutputRenderer renderer, TimeProvider time, VoiceTurns voice)
    {
        _voice = voice;
        _recent = recent;
        _locks = locks;
        _store = store;
        _renderer = renderer;
        _time = time;
    }

    /// <summary>Runs the turn and sends its replies through the request's channel.</summary>
    /// <exception cref="ConversationBusyException">Other writers stored a turn in between every attempt.</exception>
    public async Task RunAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        var (channel, key) = (request.Channel, request.Key);

        // 1. De-duplicate: a redelivered activity joins the turn its first delivery ran (the move counts once) and
        //    sends the replies again only in the response or when they never reached the channel.
        RecentTurn? recent = null;
        if (request.Deduplicate)
        {
            (recent, var earlier) = await _recent.ClaimAsync(key, channel.Activity.Id!, cancellationToken);
            if (earlier is not null)
            {
                if (channel.Activity.ExpectsReplies || recent.TryClaimResend())
                {
                    await DeliverAsync(channel, earlier, recent, cancellationToken);
                }

                return;
            }
        }

        IReadOnlyList<ConversationOutput> outputs;
        try
        {
            if (request.Typing)
            {
                // The indicator shows while the client "thinks"; replies follow once the turn is stored.
                await channel.SendTypingAsync(cancellationToken);
            }

            // The model voice (when on) phrases the reply once, outside the lock and the store's retries;
            // the retries only apply what it said, or the scripted turn if another message got there first.
            var voiced = request.VoiceText is { } said ? await _voice.PrepareAsync(channel, key, said, cancellationToken) : null;

            // 2. Lock: one turn of a conversation at a time in this host.
            using (await _locks.EnterAsync(key, cancellationToken))
            {
                outputs = await LoadFlowStoreAsync(request, voiced, cancellationToken);
            }
        }
        catch (Exception e) when (recent is not null)
        {
            // Not stored: the channel's next delivery of the activity runs the turn.
            _recent.Fail(key, recent, e);
            throw;
        }

        recent?.Stored(outputs);

        // 6. Deliver.
        await DeliverAsync(channel, outputs, recent, cancellationToken);
    }

    /// <summary>
    /// 3. Load the conversation, 4. run the flow on it, 5. store the result with the version read. When another host
    /// stored a turn in between, the turn is computed again on the newer state, so no turn is lost or counted twice.
    /// </summary>
    private async Task<IReadOnlyList<ConversationOutput>> LoadFlowStoreAsync(TurnRequest request, VoicedStep? voiced, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await _store.ReadAsync(request.Key, cancellationToken);
            var (next, outputs) = voiced is not null && stored?.State is { } current
                ? voiced.Apply(current, state => request.Flow(state))
                : request.Flow(stored?.State);
            if (stored is not null && ReferenceEquals(next, stored.State))
            {
                return outputs;
            }

            var write = new ConversationWrite(next, request.Source?.TraineeName, TranscriptLines.Of(request.Source, outputs, _time.GetUtcNow()));
            if (await _store.TryWriteAsync(request.Key, write, stored?.Version ?? 0, cancellationToken))
            {
                return outputs;
            }

            // Lost the race: a short, growing, jittered pause keeps two retrying writers from colliding again.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), _time, cancellationToken);
        }

        throw new ConversationBusyException($"Conversation {request.Key} changed {MaxAttempts} times while a turn was computed.");
    }

    private async Task DeliverAsync(ActivityTurn channel, IReadOnlyList<ConversationOutput> outputs, RecentTurn? recent, CancellationToken cancellationToken)
    {
        try
        {
            // One at a time, in order: the channel shows replies in the order it receives them.
            foreach (var reply in _renderer.Render(channel, outputs))
            {
                await channel.SendAsync(reply, cancellationToken);
            }
        }
        catch
        {
            recent?.MarkUndelivered();
            throw;
        }
    }
}
