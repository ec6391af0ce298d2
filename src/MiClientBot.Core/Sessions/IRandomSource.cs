namespace MiClientBot.Core.Sessions;

/// <summary>The engine's only source of chance; its state is part of the session so a session replays from its seed.</summary>
public interface IRandomSource
{
    /// <summary>The generator's state; feeding it back continues the same sequence.</summary>
    ulong State { get; }

    /// <summary>A number in [0, 1).</summary>
    double NextDouble();

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    int Next(int maxExclusive);
}
