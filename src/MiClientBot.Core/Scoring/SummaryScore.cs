namespace MiClientBot.Core.Scoring;

/// <summary>
/// One MITI summary score against its fair and good thresholds; Value is null when it cannot be computed (e.g. no
/// questions). A percentage (IsPercent) holds value and thresholds as percentages (50 for half), as its name says.
/// Id is stable across languages ("rq", "pctComplexReflections", "pctMiAdherent", "relational", "technical") so a
/// program reading the report finds a score without knowing the localized Name.
/// </summary>
public sealed record SummaryScore(string Id, string Name, double? Value, double Fair, double Good, ScoreLevel Level, bool IsPercent = false);
