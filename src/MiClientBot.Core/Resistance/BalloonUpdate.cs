namespace MiClientBot.Core.Resistance;

/// <summary>The balloon after one trainee move, with how much each source moved.</summary>
internal sealed record BalloonUpdate(ResistanceLevels Resistance, ResistanceLevels Delta, double Trust, double ChangeTalk);
