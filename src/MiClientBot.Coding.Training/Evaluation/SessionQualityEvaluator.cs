using MiClientBot.Coding.Training.AnnoMi;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Coding.Training.Evaluation;

/// <summary>
/// Replays the therapist side of AnnoMI transcripts into fresh sessions and scores each session by its
/// mean balloon pressure: a client met with good MI should stay calmer than one met with poor MI.
/// </summary>
public static class SessionQualityEvaluator
{
    /// <summary>Replays every transcript (each move coded with the real client's preceding words) and returns one row per transcript.</summary>
    public static IReadOnlyList<TranscriptScore> Evaluate(AnnoMiCorpus corpus, ClientEngine engine, ITraineeMoveCoder coder, string personaId, long seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var scores = new List<TranscriptScore>();
        Replay(corpus, corpus.Examples, engine, coder, personaId, seed, scores);
        return scores;
    }

    /// <summary>
    /// Transcript-grouped cross-validation: each fold's transcripts are replayed with the coder
    /// <paramref name="coderFor"/> builds from the other folds' utterances only (the folds of <c>eval coding</c>).
    /// </summary>
    public static IReadOnlyList<TranscriptScore> CrossValidate(
        AnnoMiCorpus corpus,
        Func<ITraineeMoveCoder, ClientEngine> engineFor,
        Func<IReadOnlyList<TrainingExample>, ITraineeMoveCoder> coderFor,
        string personaId,
        long seed,
        int folds,
        int foldSeed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(engineFor);
        ArgumentNullException.ThrowIfNull(coderFor);
        var fold = CodingEvaluator.AssignFolds(corpus.Examples, folds, foldSeed);
        var scores = new List<TranscriptScore>();
        for (var k = 0; k < folds; k++)
        {
            var test = corpus.Examples.Where(e => fold[e.TranscriptId] == k).ToList();
            if (test.Count == 0)
            {
                continue;
            }

            var coder = coderFor([.. corpus.Examples.Where(e => fold[e.TranscriptId] != k)]);
            Replay(corpus, test, engineFor(coder), coder, personaId, seed, scores);
        }

        return scores;
    }

    private static void Replay(
        AnnoMiCorpus corpus, IEnumerable<TrainingExample> examples, ClientEngine engine, ITraineeMoveCoder coder, string personaId, long seed, List<TranscriptScore> scores)
    {
        foreach (var transcript in examples.GroupBy(e => e.TranscriptId))
        {
            var state = engine.Start(personaId, Language.En, seed).State;
            var pressures = new List<double>();
            foreach (var move in transcript)
            {
                state = engine.Respond(state, move.Utterance, coder.Code(move.Utterance, Language.En, move.PreviousClient)).State;
                pressures.Add(state.Resistance.Pressure);
            }

            scores.Add(new TranscriptScore(
                transcript.Key, corpus.Quality.GetValueOrDefault(transcript.Key, "unknown"), pressures.Count, pressures.Average(), pressures[^1], state.State));
        }
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
