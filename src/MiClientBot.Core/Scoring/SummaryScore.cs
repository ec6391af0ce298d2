namespace MiClientBot.Core.Scoring;

/// <summary>One MITI summary score against its fair and good thresholds; Value is null when it cannot be computed (e.g. no questions).</summary>
public sealed record SummaryScore(string Name, double? Value, double Fair, double Good, ScoreLevel Level);
