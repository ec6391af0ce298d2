using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Model;

namespace MiClientBot.Coding.Analysis;

/// <summary>The sentences trainees read: what they said and why it counts as a code.</summary>
internal static class CueText
{
    /// <summary>Room for every lexicon phrase's cue and the words prefix cues matched; emptied when full.</summary>
    private const int Capacity = 8192;

    /// <summary>
    /// Cues of lexicon hits, made once: a cue depends only on its category and phrase, and the same
    /// phrases come up move after move, so each text is built and stored once instead of every time.
    /// </summary>
    private static readonly ConcurrentDictionary<(CueCategory Category, string Phrase), string> Made = new();

    /// <summary>The model's cue by label and hundredths of probability (label * 101 + hundredths), made on first use.</summary>
    private static readonly string?[] ModelCues = new string?[ModelLabels.Behaviour.Count * 101];

    public static string For(CueHit hit) => For(hit.Category, hit.Phrase.Text);

    public static string For(CueCategory category, string phrase)
    {
        if (Made.TryGetValue((category, phrase), out var cue))
        {
            return cue;
        }

        cue = Make(category, phrase);
        if (Made.Count >= Capacity)
        {
            Made.Clear();
        }

        Made.TryAdd((category, phrase), cue);
        return cue;
    }

    /// <summary>"the statistical model reads it as reflection (p=0.92)"; <paramref name="label"/> indexes the behaviour labels.</summary>
    public static string Model(int label, double probability)
    {
        // The text depends only on the label and the probability as printed ("0.92"), so print it
        // on the stack first and keep one text per label and printed value.
        Span<char> printed = stackalloc char[8];
        if ((uint)label < ModelLabels.Behaviour.Count
            && probability.TryFormat(printed, out var length, "0.00", CultureInfo.InvariantCulture)
            && length == 4 && printed[1] == '.' && char.IsAsciiDigit(printed[0]) && char.IsAsciiDigit(printed[2]) && char.IsAsciiDigit(printed[3])
            && ((printed[0] - '0') * 100) + ((printed[2] - '0') * 10) + (printed[3] - '0') is var hundredths && hundredths <= 100)
        {
            return ModelCues[(label * 101) + hundredths] ??= MakeModel(label, probability);
        }

        return MakeModel(label, probability);
    }

    /// <summary>"moves typed like this one are coded confront (p=0.81)": the chat-move head overrode the rules.</summary>
    public static string MoveModel(MitiCode code, double probability) =>
        CueTemplates.MoveModel.Format(string.Create(CultureInfo.InvariantCulture, $"{code.ToName()} (p={probability:0.00})"));

    private static string MakeModel(int label, double probability)
    {
        var template = CueTemplates.Model[label];
        return string.Create(CultureInfo.InvariantCulture, $"{template.Prefix(Language.En)}{probability:0.00}{template.Suffix(Language.En)}");
    }

    private static string Make(CueCategory category, string phrase) =>
        Template(category) is { } template ? template.Format(phrase) : phrase;

    private static CueTemplate? Template(CueCategory category) => category switch
    {
        CueCategory.Directive => CueTemplates.Directive,
        CueCategory.Warning => CueTemplates.Warning,
        CueCategory.Suggestion => CueTemplates.Suggestion,
        CueCategory.Confront => CueTemplates.Confront,
        CueCategory.Autonomy => CueTemplates.Autonomy,
        CueCategory.Permission => CueTemplates.Permission,
        CueCategory.PermissionHedge => CueTemplates.PermissionHedge,
        CueCategory.Collaboration => CueTemplates.Collaboration,
        CueCategory.Affirm => CueTemplates.Affirm,
        CueCategory.ReflectionStem => CueTemplates.ReflectionStem,
        CueCategory.Feeling => CueTemplates.Feeling,
        CueCategory.DoubleSided => CueTemplates.DoubleSided,
        CueCategory.Metaphor => CueTemplates.Metaphor,
        CueCategory.Summary => CueTemplates.Summary,
        CueCategory.CheckQuestion => CueTemplates.CheckQuestion,
        CueCategory.PastEvidence => CueTemplates.PastEvidence,
        CueCategory.Meaning => CueTemplates.Meaning,
        CueCategory.OpenQuestion => CueTemplates.OpenQuestion,
        CueCategory.ClosedQuestion => CueTemplates.ClosedQuestion,
        CueCategory.Information => CueTemplates.Information,
        CueCategory.Acknowledgement => CueTemplates.Acknowledgement,
        CueCategory.Greeting or CueCategory.Apology => CueTemplates.Greeting,
        _ => null,
    };

    /// <summary>"echoes the client's words 'tired', 'bins' - a reflection", naming at most four (and at least one) words.</summary>
    public static string Echo(IReadOnlyList<string> words)
    {
        var template = CueTemplates.Echo;
        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
        text.AppendLiteral(template.Prefix(Language.En));
        for (var i = 0; i < Math.Min(4, words.Count); i++)
        {
            if (i > 0)
            {
                text.AppendLiteral(template.ListSeparator(Language.En));
            }

            text.AppendFormatted(words[i]);
        }

        text.AppendLiteral(template.Suffix(Language.En));
        return text.ToStringAndClear();
    }

    /// <summary>
    /// <paramref name="englishCue"/> as a trainee in <paramref name="language"/> reads it: the same
    /// cue from <see cref="CueTemplates"/> with the trainee's words kept as written. Meant for the few
    /// places a cue is shown (hints, the report), so the coder keeps making only the English text.
    /// A cue no template made (another coder's, say) is returned as it is.
    /// </summary>
    public static string Localize(string englishCue, Language language)
    {
        if (language == Language.En)
        {
            return englishCue;
        }

        // Several templates can share a prefix or suffix ("opens with '...'", "'...' - a closed ...");
        // the one with the most fixed text around the slot is the one that made the cue.
        CueTemplate? best = null;
        var bestSlot = string.Empty;
        foreach (var template in CueTemplates.All)
        {
            if ((best is null || template.LiteralLength > best.LiteralLength) && template.TryMatch(englishCue, out var slot))
            {
                (best, bestSlot) = (template, slot);
            }
        }

        return best?.Render(bestSlot, language) ?? englishCue;
    }
}
