namespace MiClientBot.Core.Drills;

/// <summary>What a drill's client answer mainly voices: one of the balloon's sources, or the system.</summary>
public enum DrillSource
{
    /// <summary>The status quo, or the costs of change.</summary>
    Sustain,

    /// <summary>The client's right to decide.</summary>
    Autonomy,

    /// <summary>Negative feelings toward the helper.</summary>
    Discord,

    /// <summary>System-generated resistance: the client's interests against the system's rules (shows as sustain talk).</summary>
    System,
}
