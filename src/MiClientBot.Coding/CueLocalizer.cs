using MiClientBot.Coding.Analysis;

namespace MiClientBot.Coding;

/// <summary>Shows a coder's cue to a trainee in the session's language.</summary>
public static class CueLocalizer
{
    /// <summary>
    /// <paramref name="englishCue"/> (one of <see cref="CodingResult.Cues"/>) as a trainee in <paramref name="language"/>
    /// reads it, with the trainee's own words kept as written; a cue the coder did not make is returned as it is.
    /// </summary>
    public static string Localize(string englishCue, Language language) => CueText.Localize(englishCue, language);
}
