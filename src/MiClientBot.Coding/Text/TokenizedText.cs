namespace MiClientBot.Coding.Text;

/// <summary>
/// An utterance split into lower-cased word tokens and sentences. Built once per utterance and
/// shared by the cue scanner and the feature extractor, so the text is walked only once.
/// </summary>
internal sealed class TokenizedText
{
    public static TokenizedText Empty { get; } = new([], [], 0, false, false, []);

    public TokenizedText(string[] tokens, Sentence[] sentences, int questionMarks, bool startsWithDash, bool endsWithDash, int[] clauseStarts)
    {
        ClauseStarts = clauseStarts;
        Tokens = tokens;
        Sentences = sentences;
        QuestionMarks = questionMarks;
        StartsWithDash = startsWithDash;
        EndsWithDash = endsWithDash;
    }

    public string[] Tokens { get; }

    public Sentence[] Sentences { get; }

    /// <summary>How many '?' the text holds (a chat question may have none, a reflection may have one).</summary>
    public int QuestionMarks { get; }

    /// <summary>AnnoMI transcribes interrupted turns with a leading or trailing dash.</summary>
    public bool StartsWithDash { get; }

    public bool EndsWithDash { get; }

    /// <summary>
    /// The tokens after each comma inside the last sentence, in order: chat questions often come after a comma ("ok so
    /// a three, what makes it a three rather than a zero"), and a tail may follow them ("..., hvor mange bliver det, sådan ca").
    /// </summary>
    public int[] ClauseStarts { get; }

    /// <summary>The token after the last comma inside the last sentence, or -1.</summary>
    public int LastClauseStart => ClauseStarts.Length == 0 ? -1 : ClauseStarts[^1];

    public int Count => Tokens.Length;

    public bool IsEmpty => Tokens.Length == 0;

    public Sentence LastSentence => Sentences.Length == 0 ? default : Sentences[^1];

    public char FinalTerminator => Sentences.Length == 0 ? '\0' : Sentences[^1].Terminator;

    /// <summary>The sentence a token belongs to (sentences are few, so a scan is cheapest).</summary>
    public int SentenceOf(int tokenIndex)
    {
        for (var i = 0; i < Sentences.Length; i++)
        {
            if (tokenIndex < Sentences[i].End)
            {
                return i;
            }
        }

        return Sentences.Length - 1;
    }
}
