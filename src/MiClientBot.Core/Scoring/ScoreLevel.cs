namespace MiClientBot.Core.Scoring;

/// <summary>Where a summary score stands against the MITI thresholds.</summary>
public enum ScoreLevel
{
    /// <summary>Below the fair threshold.</summary>
    BelowFair,

    /// <summary>At or above fair.</summary>
    Fair,

    /// <summary>At or above good.</summary>
    Good,

    /// <summary>Built on too few moves to rate: the report says so instead of calling it good or bad.</summary>
    TooFew,
}
