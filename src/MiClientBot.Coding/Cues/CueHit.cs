namespace MiClientBot.Coding.Cues;

/// <summary>A lexicon phrase found in an utterance.</summary>
/// <param name="Phrase">The entry that matched.</param>
/// <param name="TokenIndex">Where the match starts.</param>
/// <param name="SentenceIndex">The sentence it sits in (to know whether it is inside a question).</param>
internal readonly record struct CueHit(CuePhrase Phrase, int TokenIndex, int SentenceIndex)
{
    public CueCategory Category => Phrase.Category;
}
