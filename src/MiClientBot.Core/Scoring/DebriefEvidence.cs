using MiClientBot.Coding;
using YamlDotNet.RepresentationModel;

namespace MiClientBot.Core.Scoring;

/// <summary>
/// Which kinds of move a "how it felt" line speaks of, read from Scoring/Data/debrief-evidence.yaml,
/// so the client's voice in the report cites only what happened in the session.
/// </summary>
internal static class DebriefEvidence
{
    private static readonly Lazy<Dictionary<Language, Dictionary<string, string[]>>> Words = new(Load);

    /// <summary>The kinds of move (giving-information, persuade, confront, question) a line names.</summary>
    public static IReadOnlyList<string> Kinds(string line, Language language)
    {
        var text = line.ToLowerInvariant();
        return Words.Value.TryGetValue(language, out var kinds)
            ? [.. kinds.Where(k => k.Value.Any(w => text.Contains(w, StringComparison.Ordinal))).Select(k => k.Key)]
            : [];
    }

    private static Dictionary<Language, Dictionary<string, string[]>> Load()
    {
        using var stream = typeof(DebriefEvidence).Assembly.GetManifestResourceStream("MiClientBot.Core.Scoring.Data.debrief-evidence.yaml")
            ?? throw new InvalidOperationException("The debrief evidence words are missing from the build.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var result = new Dictionary<Language, Dictionary<string, string[]>>();
        foreach (var (code, node) in ((YamlMappingNode)yaml.Documents[0].RootNode).Children)
        {
            if (LanguageCodes.TryParse(((YamlScalarNode)code).Value ?? string.Empty, out var language) && node is YamlMappingNode kinds)
            {
                result[language] = kinds.Children.ToDictionary(
                    k => ((YamlScalarNode)k.Key).Value ?? string.Empty,
                    k => ((YamlSequenceNode)k.Value).Children.OfType<YamlScalarNode>().Select(w => (w.Value ?? string.Empty).ToLowerInvariant()).ToArray());
            }
        }

        return result;
    }
}
