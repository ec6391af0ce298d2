using System.Runtime.CompilerServices;
using MiClientBot.Core.Coding.Cues;

namespace MiClientBot.Core.Coding.Analysis;

/// <summary>The sentences trainees read: what they said and why it counts as a code.</summary>
internal static class CueText
{
    public static string For(CueHit hit) => For(hit.Category, hit.Phrase.Text);

    public static string For(CueCategory category, string phrase) => category switch
    {
        CueCategory.Directive => $"you said '{phrase}' - a directive (advice or an order without permission)",
        CueCategory.Warning => $"you said '{phrase}' - a warning about consequences",
        CueCategory.Suggestion => $"you said '{phrase}' - a suggestion, which is still advice",
        CueCategory.Confront => $"you said '{phrase}' - a confrontation (disagreeing, labelling or shaming)",
        CueCategory.Autonomy => $"you said '{phrase}' - emphasises the client's autonomy",
        CueCategory.Permission => $"you asked '{phrase}' - asking permission",
        CueCategory.PermissionHedge => $"you said '{phrase}' - leaves the client free to take it or leave it",
        CueCategory.Collaboration => $"you said '{phrase}' - seeks collaboration",
        CueCategory.Affirm => $"you said '{phrase}' - affirms the client's strengths or efforts",
        CueCategory.ReflectionStem => $"opens like a reflection ('{phrase}')",
        CueCategory.Feeling => $"names a feeling ('{phrase}') - a complex reflection",
        CueCategory.DoubleSided => $"double-sided ('{phrase}') - a complex reflection",
        CueCategory.Metaphor => $"uses a metaphor ('{phrase}') - a complex reflection",
        CueCategory.Summary => $"collects what the client said ('{phrase}') - a summary",
        CueCategory.Meaning => $"adds meaning or values ('{phrase}') - a complex reflection",
        CueCategory.OpenQuestion => $"opens with '{phrase}' - an open question",
        CueCategory.ClosedQuestion => $"'{phrase}' - a closed (yes/no or specific-fact) question",
        CueCategory.Information => $"'{phrase}' - giving information",
        CueCategory.Acknowledgement => $"'{phrase}' - a short acknowledgement",
        CueCategory.Greeting => $"'{phrase}' - a greeting or ritual",
        _ => phrase,
    };

    /// <summary>"echoes the client's words 'tired', 'bins' - a reflection", naming at most four words.</summary>
    public static string Echo(IReadOnlyList<string> words)
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        text.AppendLiteral("echoes the client's words ");
        for (var i = 0; i < Math.Min(4, words.Count); i++)
        {
            text.AppendLiteral(i == 0 ? "'" : ", '");
            text.AppendFormatted(words[i]);
            text.AppendLiteral("'");
        }

        text.AppendLiteral(" - a reflection");
        return text.ToStringAndClear();
    }
}
