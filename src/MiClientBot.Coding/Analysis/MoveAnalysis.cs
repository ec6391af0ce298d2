using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Analysis;

/// <summary>
/// What the coder knows about one move before deciding: tokens, cue hits, question structure and
/// the words it shares with the client's last utterance. Shared by the rules and the features.
/// </summary>
internal sealed class MoveAnalysis
{
    public required LanguagePack Pack { get; init; }

    public required TokenizedText Text { get; init; }

    /// <summary>The client's last utterance, read once and shared by every move that answers it.</summary>
    public required ClientLine ClientLine { get; init; }

    public TokenizedText Client => ClientLine.Text;

    public required List<CueHit> Hits { get; init; }

    /// <summary>Cues in the client's last utterance: a feeling already named, a request for advice, a question.</summary>
    public IReadOnlyList<CueHit> ClientHits => ClientLine.Hits;

    public bool ClientHas(CueCategory category) => ClientFirst(category) is not null;

    /// <summary>The first cue of a category in the client's last utterance, or null.</summary>
    public CueHit? ClientFirst(CueCategory category)
    {
        var hits = ClientHits;
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Category == category)
            {
                return hits[i];
            }
        }

        return null;
    }

    /// <summary>The client's last sentence asked something: what follows is usually an answer (information).</summary>
    public bool ClientAsked => ClientLine.Asks;

    /// <summary>Per sentence: a question by '?' or, in chat style without punctuation, by its first words.</summary>
    public required bool[] QuestionSentences { get; init; }

    /// <summary>Per sentence: the sentence opens with a question word ("what", "hvordan").</summary>
    public required bool[] OpenStructure { get; init; }

    /// <summary>Per sentence: an auxiliary or (nb/da) any verb before the subject ("do you", "drikker du").</summary>
    public required bool[] ClosedStructure { get; init; }

    /// <summary>Content words of the move that the client also used (distinct, in order of use).</summary>
    public required List<string> EchoedWords { get; init; }

    /// <summary>How many distinct content words the move has.</summary>
    public required int ContentWords { get; init; }

    /// <summary>The trainee switched language family mid-move ("Så the baby was the reason du sluttet").</summary>
    public bool SwitchedLanguage { get; init; }

    /// <summary>The move names a ruler's scale ("on a scale from 0 to 10"), so its questions ask for a number.</summary>
    public bool MentionsScale { get; init; }

    public bool HasClient => !Client.IsEmpty;

    public bool AnyQuestion => Array.IndexOf(QuestionSentences, true) >= 0;

    public bool LastIsQuestion => QuestionSentences.Length > 0 && QuestionSentences[^1];

    public double OverlapRatio => ContentWords == 0 ? 0 : (double)EchoedWords.Count / ContentWords;

    public bool Has(CueCategory category)
    {
        foreach (var hit in Hits)
        {
            if (hit.Category == category)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first hit of a category outside question sentences, or null.</summary>
    public CueHit? FirstStatement(CueCategory category) => First(category, inQuestion: false);

    public CueHit? First(CueCategory category, bool? inQuestion = null)
    {
        foreach (var hit in Hits)
        {
            if (hit.Category == category && (inQuestion is null || QuestionSentences[hit.SentenceIndex] == inQuestion))
            {
                return hit;
            }
        }

        return null;
    }
}
