namespace MiClientBot.Core.Voice;

/// <summary>A phraser's known failure (refusal, unreadable answer, failed call), so it is counted by its reason.</summary>
public sealed class VoiceException : Exception
{
    /// <summary>A failure for <paramref name="outcome"/>; the message must carry no reply text and no key.</summary>
    public VoiceException(VoiceOutcome outcome, string message, Exception? inner = null)
        : base(message, inner) => Outcome = outcome;

    /// <summary>Why the phraser gave no words.</summary>
    public VoiceOutcome Outcome { get; }
}
