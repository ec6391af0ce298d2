namespace MiClientBot.Core.Voice;

/// <summary>
/// Puts a reply the engine has already chosen into fresh words (e.g. with a language model). The
/// engine stays in charge: <see cref="ClientVoice"/> bounds the wait, checks the words and falls back
/// to the scripted line, so an implementation may simply throw or return anything.
/// </summary>
public interface IReplyPhraser
{
    /// <summary>The client's words for <paramref name="request"/>; throws <see cref="VoiceException"/> for a known failure.</summary>
    Task<string> PhraseAsync(PhraseRequest request, CancellationToken cancellationToken);
}
