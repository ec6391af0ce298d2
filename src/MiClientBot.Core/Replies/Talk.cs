namespace MiClientBot.Core.Replies;

/// <summary>What kind of talk a client reply is, for the balloon and the report.</summary>
public enum Talk
{
    /// <summary>Change talk (DARN-CAT toward the change, values, planning, commitment).</summary>
    Change,

    /// <summary>Sustain talk (DARN-CAT toward the status quo, system-generated resistance).</summary>
    Sustain,

    /// <summary>Neither side: short answers, elaboration, greetings.</summary>
    Neutral,

    /// <summary>Defending self-determination.</summary>
    Autonomy,

    /// <summary>Negative feelings toward the helper.</summary>
    Discord,

    /// <summary>A strong, undifferentiated feeling.</summary>
    Affect,

    /// <summary>The client ends the conversation.</summary>
    Walkout,
}
