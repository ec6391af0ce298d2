namespace MiClientBot.Core.Sessions;

/// <summary>Where the client is in the conversation, as the client lives the MI processes.</summary>
public enum ClientState
{
    /// <summary>Guarded; the relationship is being built.</summary>
    Engaging,

    /// <summary>Talking about both sides of the ambivalence.</summary>
    Exploring,

    /// <summary>Change talk is emerging.</summary>
    Evoking,

    /// <summary>Thinking about how the change could happen.</summary>
    Planning,

    /// <summary>Has committed to the target change.</summary>
    Committed,

    /// <summary>Defending self-determination; takes over while autonomy protection dominates.</summary>
    AutonomyDefence,

    /// <summary>Negative feelings toward the helper; repairing them comes before anything else.</summary>
    Discord,

    /// <summary>Terminal: the client has walked out after sustained discord.</summary>
    WalkedOut,
}
