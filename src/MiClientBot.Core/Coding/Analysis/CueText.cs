using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using MiClientBot.Core.Coding.Cues;
using MiClientBot.Core.Coding.Model;

namespace MiClientBot.Core.Coding.Analysis;

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
    private static readonly string?[] ModelCues = new string?[ModelTrainer.BehaviourLabels.Length * 101];

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
    public static string Model(int label, string name, double probability)
    {
        // The text depends only on the label and the probability as printed ("0.92"), so print it
        // on the stack first and keep one text per label and printed value.
        Span<char> printed = stackalloc char[8];
        if ((uint)label < ModelTrainer.BehaviourLabels.Length
            && probability.TryFormat(printed, out var length, "0.00", CultureInfo.InvariantCulture)
            && length == 4 && printed[1] == '.' && char.IsAsciiDigit(printed[0]) && char.IsAsciiDigit(printed[2]) && char.IsAsciiDigit(printed[3])
            && ((printed[0] - '0') * 100) + ((printed[2] - '0') * 10) + (printed[3] - '0') is var hundredths && hundredths <= 100)
        {
            return ModelCues[(label * 101) + hundredths] ??= MakeModel(name, probability);
        }

        return MakeModel(name, probability);
    }

    private static string MakeModel(string name, double probability) =>
        string.Create(CultureInfo.InvariantCulture, $"the statistical model reads it as {name} (p={probability:0.00})");

    private static string Make(CueCategory category, string phrase) => category switch
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
