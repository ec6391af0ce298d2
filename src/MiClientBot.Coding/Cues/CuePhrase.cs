namespace MiClientBot.Coding.Cues;

/// <summary>
/// One lexicon entry: a token sequence (lower case) and what it signals. A leading "^" in the
/// source text anchors the phrase to the start of a sentence ("^try", "^drikker du").
/// </summary>
/// <param name="Tokens">The words to match, in order.</param>
/// <param name="Category">What the phrase is evidence of.</param>
/// <param name="SentenceStart">True when the phrase must open a sentence.</param>
/// <param name="Text">The phrase as shown in cues.</param>
internal sealed record CuePhrase(string[] Tokens, CueCategory Category, bool SentenceStart, string Text);
