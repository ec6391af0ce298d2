namespace MiClientBot.Core.Scoring;

/// <summary>The balloon after a turn (turn 0 is the start).</summary>
public sealed record BalloonPoint(int Turn, double Sustain, double Autonomy, double Discord, double Pressure, string State);
