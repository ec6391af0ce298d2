using MiClientBot.Core.Coding;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Evaluation;

/// <summary>
/// Replays the therapist side of AnnoMI transcripts into fresh sessions and scores each session by its
/// mean balloon pressure: a client met with good MI should stay calmer than one met with poor MI.
/// </summary>
public static class SessionQualityEvaluator
{
    /// <summary>Replays every transcript and returns one row per transcript.</summary>
    public static IReadOnlyList<TranscriptScore> Evaluate(
        IReadOnlyList<AnnoMiUtterance> utterances, ClientEngine engine, ITraineeMoveCoder coder, string personaId, long seed)
    {
        var scores = new List<TranscriptScore>();
        foreach (var transcript in utterances.GroupBy(u => u.TranscriptId))
        {
            var state = engine.Start(personaId, Language.En, seed).State;
            var pressures = new List<double>();
            string? lastClient = null;
            foreach (var u in transcript)
            {
                if (!u.IsTherapist)
                {
                    lastClient = u.Text;
                    continue;
                }

                var result = engine.Respond(state, u.Text, coder.Code(u.Text, Language.En, lastClient));
                state = result.State;
                pressures.Add(state.Resistance.Pressure);
            }

            if (pressures.Count > 0)
            {
                scores.Add(new TranscriptScore(transcript.Key, transcript.First().MiQuality, pressures.Count, pressures.Average(), pressures[^1], state.State));
            }
        }

        return scores;
    }

    /// <summary>Area under the ROC curve for telling low-quality from high-quality sessions by mean pressure (ties count half).</summary>
    public static double Auc(IReadOnlyList<TranscriptScore> scores)
    {
        var low = scores.Where(s => s.Quality == "low").Select(s => s.MeanPressure).ToList();
        var high = scores.Where(s => s.Quality == "high").Select(s => s.MeanPressure).ToList();
        if (low.Count == 0 || high.Count == 0)
        {
            return double.NaN;
        }

        var wins = low.Sum(l => high.Sum(h => l > h ? 1.0 : l == h ? 0.5 : 0.0));
        return wins / (low.Count * (double)high.Count);
    }
}
