namespace MiClientBot.Core.Personas;

/// <summary>How willing the client is to answer a question; the state machine decides it, the topic decides the content.</summary>
public enum Stance
{
    /// <summary>Willing: a candid answer with the facts.</summary>
    Open,

    /// <summary>Wary: curt, minimising or deflecting, but on the topic.</summary>
    Guarded,

    /// <summary>In discord: refuses that question.</summary>
    Refuse,
}
