using System.Text.Json.Serialization;

namespace MiClientBot.Core.Resistance;

/// <summary>
/// The three sources of resistance (the balloon), each 0..100: issue/sustain talk, autonomy protection
/// and discord. Also used for per-source multipliers such as a persona's sensitivities.
/// </summary>
public readonly record struct ResistanceLevels(double Sustain, double Autonomy, double Discord)
{
    /// <summary>Weights of the sources in <see cref="Pressure"/>: discord harms the alliance most.</summary>
    public const double SustainWeight = 1.0, AutonomyWeight = 1.2, DiscordWeight = 1.5;

    /// <summary>
    /// The balloon's size, 0..100: a weighted quadratic mean of the three sources, so that one source
    /// pushed high inflates the balloon even while the others are low (squeeze one side, it bulges).
    /// </summary>
    [JsonIgnore]
    public double Pressure => Math.Sqrt(
        ((SustainWeight * Sustain * Sustain) + (AutonomyWeight * Autonomy * Autonomy) + (DiscordWeight * Discord * Discord))
        / (SustainWeight + AutonomyWeight + DiscordWeight));

    /// <summary>The source with the highest level.</summary>
    [JsonIgnore]
    public ResistanceSource Dominant =>
        Discord >= Autonomy && Discord >= Sustain ? ResistanceSource.Discord
        : Autonomy >= Sustain ? ResistanceSource.Autonomy
        : ResistanceSource.Sustain;

    /// <summary>The level of one source.</summary>
    public double this[ResistanceSource source] => source switch
    {
        ResistanceSource.Sustain => Sustain,
        ResistanceSource.Autonomy => Autonomy,
        _ => Discord,
    };

    /// <summary>Each source kept within 0..100.</summary>
    public ResistanceLevels Clamped() =>
        new(Math.Clamp(Sustain, 0, 100), Math.Clamp(Autonomy, 0, 100), Math.Clamp(Discord, 0, 100));

    /// <summary>Rounded to one decimal, for output that must read the same on every machine.</summary>
    public ResistanceLevels Rounded() =>
        new(Math.Round(Sustain, 1), Math.Round(Autonomy, 1), Math.Round(Discord, 1));
}
