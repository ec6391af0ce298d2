using MiClientBot.Coding.Cues;

namespace MiClientBot.Coding.Analysis;

/// <summary>
/// Why a move reads as the reflection subtype it got. The subtype is worked out for every move, but
/// its cues are shown only when the move is coded as a reflection, so the text is built only then.
/// </summary>
/// <param name="Stem">The first reflection stem outside a question ("so you"), if any.</param>
/// <param name="Complex">The cue that made it complex (double-sided, metaphor, an unvoiced feeling), if any.</param>
/// <param name="Note">Otherwise what decided the subtype, if worth showing.</param>
internal readonly record struct ReflectionReasons(CueHit? Stem, CueHit? Complex, string? Note)
{
    /// <summary>Adds the cues in the order trainees read them: echoed words, the stem, then what decided.</summary>
    public void AddTo(MoveAnalysis move, List<string> cues)
    {
        if (move.EchoedWords.Count > 0)
        {
            cues.Add(CueText.Echo(move.EchoedWords));
        }

        if (Stem is { } stem)
        {
            cues.Add(CueText.For(stem));
        }

        if (Complex is { } complex)
        {
            cues.Add(CueText.For(complex));
        }
        else if (Note is not null)
        {
            cues.Add(Note);
        }
    }
}
