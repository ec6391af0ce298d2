namespace MiClientBot.Coding.Cues;

/// <summary>A lexicon phrase found in an utterance.</summary>
/// <param name="Phrase">The entry that matched.</param>
/// <param name="TokenIndex">Where the match starts.</param>
/// <param name="SentenceIndex">The sentence it sits in (to know whether it is inside a question).</param>
internal readonly record struct CueHit(CuePhrase Phrase, int TokenIndex, int SentenceIndex)
{
    public CueCategory Category => Phrase.Category;

    /// <summary>
    /// A hit a rule found in the words themselves rather than in the lexicon ("let's get you", "manager said you"): the
    /// words from <paramref name="from"/> up to <paramref name="to"/> (exclusive) stand as the phrase its cue text shows.
    /// </summary>
    public static CueHit Spanning(string[] tokens, int from, int to, CueCategory category, int sentenceIndex)
    {
        var words = tokens[from..to];
        return new CueHit(new CuePhrase(words, category, false, string.Join(' ', words)), from, sentenceIndex);
    }
}
