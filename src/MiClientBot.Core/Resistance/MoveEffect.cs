namespace MiClientBot.Core.Resistance;

/// <summary>What one trainee move does to the balloon's three sources, to change talk and to trust.</summary>
internal readonly record struct MoveEffect(double Sustain, double Autonomy, double Discord, double Change, double Trust)
{
    public MoveEffect Scale(double factor) =>
        new(Sustain * factor, Autonomy * factor, Discord * factor, Change * factor, Trust * factor);

    /// <summary>Scales only what eases the client (falling resistance, growing change talk and trust).</summary>
    public MoveEffect ScaleEasing(double factor) => new(
        Sustain < 0 ? Sustain * factor : Sustain,
        Autonomy < 0 ? Autonomy * factor : Autonomy,
        Discord < 0 ? Discord * factor : Discord,
        Change > 0 ? Change * factor : Change,
        Trust > 0 ? Trust * factor : Trust);

    public MoveEffect ScaleResistance(double factor) =>
        this with { Sustain = Sustain * factor, Autonomy = Autonomy * factor, Discord = Discord * factor };
}
