using MiClientBot.Core.Voice;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Voice;

/// <summary>
/// Phrases a trainee move's reply before the turn is stored: the store's retry loop may compute a turn
/// more than once and must not wait on a model, so the model is asked once, here, and the loop only
/// applies the result (or, if another message got there first, the scripted line).
/// </summary>
internal sealed class VoiceTurns(ClientVoice voice, IConversationStore store, TimeProvider time)
{
    /// <summary>Web Chat hides its typing indicator after a few seconds; a slow model gets it sent again this often.</summary>
    public static readonly TimeSpan TypingEvery = TimeSpan.FromSeconds(3);

    public bool IsOn => voice.IsOn;

    /// <summary>The phrased turn for <paramref name="text"/>; null when the voice is off or the text is no trainee move.</summary>
    public async Task<VoicedStep?> PrepareAsync(ActivityTurn turn, string key, string text, CancellationToken cancellationToken)
    {
        if (!voice.IsOn || text.TrimStart().StartsWith('/'))
        {
            return null;
        }

        var stored = await store.ReadAsync(key, cancellationToken);
        if (stored?.State.Session is null)
        {
            return null;
        }

        var preparing = voice.PrepareAsync(stored.State, text, cancellationToken);
        while (await Task.WhenAny(preparing, Task.Delay(TypingEvery, time, cancellationToken)) != preparing)
        {
            await turn.SendTypingAsync(cancellationToken);
        }

        return await preparing;
    }
}
