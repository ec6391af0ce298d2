using MiClientBot.Coding.Analysis;
using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Features;

/// <summary>The hashed features the model reads from an English move, for training it outside this assembly.</summary>
public static class CoderFeatures
{
    /// <summary>
    /// The features of <paramref name="utterance"/> said after <paramref name="previousClient"/>, read with the
    /// English cues, as the coder's <paramref name="set"/> head sees them.
    /// </summary>
    public static List<uint> Extract(string utterance, string? previousClient, FeatureSet set)
    {
        var move = MoveAnalyzer.Analyze(Tokenizer.Tokenize(utterance), Tokenizer.Tokenize(previousClient), LanguagePacks.For(Language.En));
        return FeatureExtractor.Extract(move, set);
    }
}
