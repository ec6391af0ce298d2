namespace MiClientBot.Core.Voice;

/// <summary>What became of one request to the phraser.</summary>
public enum VoiceOutcome
{
    /// <summary>The model's words were used.</summary>
    Used,

    /// <summary>Not in the session's language.</summary>
    WrongLanguage,

    /// <summary>Longer than the turn allows.</summary>
    TooLong,

    /// <summary>Spoke as the helper: advice, asking how the helper feels, the helper's phrases.</summary>
    OutOfCharacter,

    /// <summary>Voiced commitment, plans or change talk the state machine did not choose.</summary>
    UnchosenChange,

    /// <summary>Said a number or a name the persona's facts do not have.</summary>
    ContradictsFact,

    /// <summary>The model refused or spoke as a model.</summary>
    Refused,

    /// <summary>The answer could not be read (bad JSON, no text).</summary>
    Malformed,

    /// <summary>The call failed (HTTP error, connection refused).</summary>
    Failed,

    /// <summary>No answer within the time allowed.</summary>
    TimedOut,
}
