namespace MiClientBot.Core.Coding.Text;

/// <summary>
/// Refuses input that is not a typed trainee move, so it is coded <see cref="MitiCode.Other"/> with
/// a cue saying why instead of being forced into a behaviour code.
/// </summary>
internal static class InputGuard
{
    /// <summary>
    /// A spoken turn, even a long summary, stays well below this; anything longer is pasted text.
    /// </summary>
    public const int MaxLength = 1500;

    /// <summary>Returns why the text cannot be coded, or null when it can.</summary>
    public static string? Reject(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "the move is empty - nothing to code";
        }

        if (text.Length > MaxLength)
        {
            return $"the move is {text.Length} characters long - too long to be one conversational move";
        }

        var latinLetters = 0;
        var otherLetters = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                // Typed chat never carries control characters; they come from broken pipes or binary paste.
                return "the move contains control characters - not readable text";
            }

            if (char.IsLetter(c))
            {
                if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF')
                {
                    latinLetters++;
                }
                else
                {
                    otherLetters++;
                }
            }
        }

        if (latinLetters + otherLetters == 0)
        {
            return "the move has no words (only symbols, digits or emoji)";
        }

        if (otherLetters > 0)
        {
            // en, nb and da are written in Latin script; other scripts mean another language or mixed text.
            return "the move is written (partly) in another script than English, Norwegian or Danish";
        }

        return null;
    }
}
