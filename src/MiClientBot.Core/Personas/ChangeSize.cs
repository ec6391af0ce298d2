namespace MiClientBot.Core.Personas;

/// <summary>How big the target change is: a phone call, or stopping a drug.</summary>
public enum ChangeSize
{
    /// <summary>A small step such as making one phone call.</summary>
    Small,

    /// <summary>A large change such as stopping drinking.</summary>
    Large,
}
