namespace MiClientBot.Core.Personas;

/// <summary>Where the client stands at the start on the two classic rulers, 0..10.</summary>
/// <param name="Importance">How important the change is to the client.</param>
/// <param name="Confidence">How confident the client is that it could change.</param>
public sealed record StartingScales(int Importance, int Confidence)
{
    /// <summary>Used for persona files that give no scales: unsure on both.</summary>
    public static StartingScales Default { get; } = new(4, 3);
}
