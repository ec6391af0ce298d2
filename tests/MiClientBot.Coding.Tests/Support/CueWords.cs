using System.Text.RegularExpressions;
using MiClientBot.Coding.Analysis;

namespace MiClientBot.Coding.Tests.Support;

/// <summary>The English words of the cue templates, to show that a Norwegian or Danish cue has none left.</summary>
internal static class CueWords
{
    /// <summary>Words the English shares with Norwegian or Danish ("ta ansvar for"), where finding them proves nothing.</summary>
    private static readonly HashSet<string> Shared = ["for", "information", "input", "model", "ritual", "emoji", "p"];

    /// <summary>Every English word of every template, without the slot and the shared words.</summary>
    public static IReadOnlySet<string> English { get; } = CueTemplates.All.SelectMany(t => Of(t.En)).ToHashSet();

    /// <summary>The English words of one template's text.</summary>
    public static IEnumerable<string> Of(string english) =>
        Words(english.Replace("{0}", " ", StringComparison.Ordinal)).Where(w => !Shared.Contains(w));

    /// <summary>The words of <paramref name="text"/> that are English cue words.</summary>
    public static List<string> EnglishIn(string text) => [.. Words(text).Where(English.Contains).Distinct()];

    /// <summary>Lower-case runs of letters.</summary>
    public static IEnumerable<string> Words(string text) =>
        Regex.Matches(text, @"\p{L}+").Select(m => m.Value.ToLowerInvariant());
}
