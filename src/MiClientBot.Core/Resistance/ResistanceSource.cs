namespace MiClientBot.Core.Resistance;

/// <summary>One of the three sources of resistance.</summary>
public enum ResistanceSource
{
    /// <summary>Issue / sustain talk: advantages of not changing, costs of change.</summary>
    Sustain,

    /// <summary>Autonomy protection: defending self-determination.</summary>
    Autonomy,

    /// <summary>Discord: negative feelings toward the helper.</summary>
    Discord,
}
