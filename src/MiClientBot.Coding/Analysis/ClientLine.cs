using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Analysis;

/// <summary>
/// The client's last utterance as the coder reads it for one language: its tokens, its cues and its
/// content words (the ones a move can echo). Immutable, so <see cref="ClientLines"/> can share it.
/// </summary>
internal sealed class ClientLine
{
    private ClientLine(TokenizedText text, CueHit[] hits, string[] contentWords, bool asks = false)
    {
        Text = text;
        Hits = hits;
        ContentWords = contentWords;
        Asks = asks;
    }

    /// <summary>No client line: the move opens the conversation, or the line could not be read.</summary>
    public static ClientLine Empty { get; } = new(TokenizedText.Empty, [], []);

    public TokenizedText Text { get; }

    /// <summary>Cues in the client's words: a feeling already named, a request for advice, a question.</summary>
    public IReadOnlyList<CueHit> Hits { get; }

    /// <summary>The tokens that count as content words, in order (repeats kept).</summary>
    public string[] ContentWords { get; }

    /// <summary>
    /// The client's last sentence asks: it ends with '?' or, typed without punctuation, opens like a question
    /// ("hvad er det der hashbehandling egentlig for noget"). What follows it is usually an answer.
    /// </summary>
    public bool Asks { get; }

    /// <summary>"Vet ikke helt", "no idea": a tail this short after a question adds no statement of its own.</summary>
    private const int MaxTailWords = 3;

    public static ClientLine Read(TokenizedText text, LanguagePack pack)
    {
        if (text.IsEmpty)
        {
            return new ClientLine(text, [], []);
        }

        var content = new List<string>(text.Count);
        foreach (var token in text.Tokens)
        {
            if (MoveAnalyzer.IsContentWord(token, pack))
            {
                content.Add(token);
            }
        }

        // "Hva sier egentlig reglene om alkohol på kurs? Vet ikke helt": a short tail after the question still waits for the answer.
        var sentences = text.Sentences;
        var asks = sentences.Length > 0 && (SentenceAsks(text, sentences[^1], pack)
            || (sentences.Length > 1 && sentences[^1].Length <= MaxTailWords && SentenceAsks(text, sentences[^2], pack)));
        return new ClientLine(text, [.. pack.Lexicon.Scan(text)], [.. content], asks);
    }

    private static bool SentenceAsks(TokenizedText text, Sentence sentence, LanguagePack pack) =>
        sentence.IsQuestion || (sentence.Terminator == '\0' && MoveAnalyzer.OpensLikeQuestion(text.Tokens, sentence, pack));
}
