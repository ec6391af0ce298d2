namespace MiClientBot.Core.Scoring;

/// <summary>Marks a score built on too few moves as such, so the report does not call a score of two moves "good".</summary>
internal static class SummaryScoreRating
{
    public static SummaryScore Rated(this SummaryScore score, int moves, int minimum) =>
        moves < minimum || score.Value is null ? score with { Level = ScoreLevel.TooFew } : score;
}
