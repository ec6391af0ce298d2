namespace MiClientBot.Coding.Cues;

/// <summary>
/// One lexicon entry: a token sequence (lower case) and what it signals. A leading "^" in the
/// source text anchors the phrase to the start of a sentence ("^try", "^drikker du"), a trailing
/// "$" to its end ("how could you$": the reproach, not "how could you make that happen").
/// </summary>
/// <param name="Tokens">The words to match, in order.</param>
/// <param name="Category">What the phrase is evidence of.</param>
/// <param name="SentenceStart">True when the phrase must open a sentence.</param>
/// <param name="Text">The phrase as shown in cues.</param>
/// <param name="SentenceEnd">True when the phrase must close a sentence.</param>
internal sealed record CuePhrase(string[] Tokens, CueCategory Category, bool SentenceStart, string Text, bool SentenceEnd = false);
