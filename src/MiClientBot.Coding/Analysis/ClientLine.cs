using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Analysis;

/// <summary>
/// The client's last utterance as the coder reads it for one language: its tokens, its cues and its
/// content words (the ones a move can echo). Immutable, so <see cref="ClientLines"/> can share it.
/// </summary>
internal sealed class ClientLine
{
    private ClientLine(TokenizedText text, CueHit[] hits, string[] contentWords)
    {
        Text = text;
        Hits = hits;
        ContentWords = contentWords;
    }

    /// <summary>No client line: the move opens the conversation, or the line could not be read.</summary>
    public static ClientLine Empty { get; } = new(TokenizedText.Empty, [], []);

    public TokenizedText Text { get; }

    /// <summary>Cues in the client's words: a feeling already named, a request for advice, a question.</summary>
    public IReadOnlyList<CueHit> Hits { get; }

    /// <summary>The tokens that count as content words, in order (repeats kept).</summary>
    public string[] ContentWords { get; }

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

        return new ClientLine(text, [.. pack.Lexicon.Scan(text)], [.. content]);
    }
}
