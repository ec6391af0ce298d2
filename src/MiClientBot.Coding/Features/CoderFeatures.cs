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
        // Read as the coder reads a move: casual spellings ("dont") first, so training and coding see the same words.
        var pack = LanguagePacks.For(Language.En);
        var text = Tokenizer.Tokenize(utterance);
        CasualSpellings.Standardize(text, pack);
        var move = MoveAnalyzer.Analyze(text, Tokenizer.Tokenize(previousClient), pack);
        return FeatureExtractor.Extract(move, set);
    }

    /// <summary>
    /// The lexical features of a typed <paramref name="utterance"/> in <paramref name="language"/>, read as
    /// the coder reads it (casual spellings, language switches, the language's cues): what the
    /// chat-move heads see.
    /// </summary>
    public static List<uint> ExtractMove(string utterance, string? previousClient, Language language) =>
        FeatureExtractor.Extract(TraineeMoveCoder.Analyze(utterance, language, previousClient), FeatureSet.Lexical);
}
