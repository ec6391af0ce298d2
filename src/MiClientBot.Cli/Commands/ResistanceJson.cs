namespace MiClientBot.Cli.Commands;

internal sealed record ResistanceJson(double Sustain, double Autonomy, double Discord);
