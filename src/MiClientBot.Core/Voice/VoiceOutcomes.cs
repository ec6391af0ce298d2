namespace MiClientBot.Core.Voice;

/// <summary>Names of <see cref="VoiceOutcome"/> for diagnostics, e.g. "wrong-language".</summary>
public static class VoiceOutcomes
{
    /// <summary>Every outcome, in enum order.</summary>
    public static IReadOnlyList<VoiceOutcome> All { get; } = Enum.GetValues<VoiceOutcome>();

    /// <summary>The outcome's name in output.</summary>
    public static string ToName(this VoiceOutcome outcome) => outcome switch
    {
        VoiceOutcome.Used => "used",
        VoiceOutcome.WrongLanguage => "wrong-language",
        VoiceOutcome.TooLong => "too-long",
        VoiceOutcome.OutOfCharacter => "out-of-character",
        VoiceOutcome.UnchosenChange => "unchosen-change",
        VoiceOutcome.ContradictsFact => "contradicts-fact",
        VoiceOutcome.Refused => "refused",
        VoiceOutcome.Malformed => "malformed",
        VoiceOutcome.Failed => "failed",
        _ => "timed-out",
    };
}
