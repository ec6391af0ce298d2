namespace MiClientBot.Load;

/// <summary>A named way to load the host, with one driver per concurrent worker.</summary>
internal sealed record Scenario(string Name, string Unit, Func<int, ITurnDriver> CreateDriver);
