using System.Globalization;
using MiClientBot.Coding.Analysis;

namespace MiClientBot.Coding.Text;

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
            return CueTemplates.Empty.En;
        }

        if (text.Length > MaxLength)
        {
            return CueTemplates.TooLong.Format(text.Length.ToString(CultureInfo.InvariantCulture));
        }

        var latinLetters = 0;
        var otherLetters = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                // Typed chat never carries control characters; they come from broken pipes or binary paste.
                return CueTemplates.ControlCharacters.En;
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
            return CueTemplates.NoWords.En;
        }

        if (otherLetters > 0)
        {
            // en, nb and da are written in Latin script; other scripts mean another language or mixed text.
            return CueTemplates.OtherScript.En;
        }

        return null;
    }
}
