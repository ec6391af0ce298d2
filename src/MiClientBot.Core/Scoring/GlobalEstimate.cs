namespace MiClientBot.Core.Scoring;

/// <summary>An estimated MITI global rating (1-5) and how it was estimated.</summary>
public sealed record GlobalEstimate(string Name, double Score, string Explanation);
