namespace MiClientBot.Core.Scoring;

/// <summary>
/// One MITI summary score against its fair and good thresholds; Value is null when it cannot be computed (e.g. no
/// questions). A percentage (IsPercent) holds value and thresholds as percentages (50 for half), as its name says.
/// </summary>
public sealed record SummaryScore(string Name, double? Value, double Fair, double Good, ScoreLevel Level, bool IsPercent = false);
