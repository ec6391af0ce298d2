namespace MiClientBot.Core.Scoring;

/// <summary>A turn where the trainee's move moved the balloon most.</summary>
public sealed record KeyMoment(int Turn, string TraineeSaid, string Code, string Cue, double PressureChange, string ClientReplied, string Advice);
