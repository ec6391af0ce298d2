using System.Globalization;
using System.Text.RegularExpressions;
using MiClientBot.Coding;
using YamlDotNet.RepresentationModel;

namespace MiClientBot.Core.Drills;

/// <summary>
/// The drills' words in one language, read from Drills/Data/drills-LANG.yaml: the verdict names, the
/// feedback lines, the intensity words that tell an undershoot from an overshoot, and the phrases that
/// make a client identify with its resistance.
/// </summary>
internal sealed class DrillText
{
    private static readonly Lazy<IReadOnlyDictionary<Language, DrillText>> All = new(LoadAll);

    private readonly IReadOnlyDictionary<string, string> _verdicts;
    private readonly IReadOnlyDictionary<string, string> _feedback;
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly Regex _undershoot;
    private readonly Regex _overshoot;
    private readonly Regex _superlative;
    private readonly Regex _identify;

    private DrillText(YamlMappingNode root)
    {
        _verdicts = Strings(root, "verdicts");
        _feedback = Strings(root, "feedback");
        _texts = Strings(root, "text");
        var intensity = (YamlMappingNode)root.Children[new YamlScalarNode("intensity")];
        _undershoot = Phrases(intensity.Children[new YamlScalarNode("undershoot")]);
        _overshoot = Phrases(intensity.Children[new YamlScalarNode("overshoot")]);
        _superlative = Phrases(intensity.Children[new YamlScalarNode("superlative")]);
        _identify = Phrases(root.Children[new YamlScalarNode("identify")]);
    }

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static DrillText For(Language language) => All.Value[language];

    /// <summary>The verdict's name, e.g. "Rolling with it:".</summary>
    public string Verdict(DrillVerdict verdict) => _verdicts[verdict.ToString().ToLowerInvariant()];

    /// <summary>One feedback line by key (reflection, undershoot, persuade, ...).</summary>
    public string Feedback(string key) => _feedback[key];

    /// <summary>A text of the drill dialogue, formatted invariantly.</summary>
    public string Get(string key, params object[] args) =>
        args.Length == 0 ? _texts[key] : string.Format(CultureInfo.InvariantCulture, _texts[key], args);

    /// <summary>True when the reply reflects the feeling weaker than <paramref name="said"/> ("a bit", "litt", "lidt" the client did not say).</summary>
    public bool Undershoots(string reply, string said) => Adds(_undershoot, reply, said);

    /// <summary>
    /// True when the reply reflects the feeling more extreme than <paramref name="said"/>: a superlative the client
    /// did not say ("nothing in the world", "en eneste"), or more extreme words ("never", "everyone") than the client
    /// used, so that "everyone" for the client's "nobody" is an echo, not an overshoot.
    /// </summary>
    public bool Overshoots(string reply, string said) =>
        Adds(_superlative, reply, said) || _overshoot.Count(reply) > _overshoot.Count(said);

    /// <summary>True when the reply makes the resistance who the client is ("you're someone who").</summary>
    public bool MakesIdentify(string reply) => _identify.IsMatch(reply);

    /// <summary>
    /// Whether the reply holds an intensity word the client's own line does not: echoing the client's
    /// "everyone" is a plain reflection, adding "always" is an overshoot.
    /// </summary>
    private static bool Adds(Regex words, string reply, string said)
    {
        var own = words.Matches(said).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return words.Matches(reply).Any(m => !own.Contains(m.Value.ToLowerInvariant()));
    }

    private static Dictionary<string, string> Strings(YamlMappingNode root, string key) =>
        ((YamlMappingNode)root.Children[new YamlScalarNode(key)]).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? string.Empty, p => ((YamlScalarNode)p.Value).Value ?? string.Empty);

    /// <summary>
    /// Whole-word matches of any phrase, case-insensitive, the longest tried first; a comma may stand
    /// between the words (Danish writes "du er en, der").
    /// </summary>
    private static Regex Phrases(YamlNode node)
    {
        var phrases = ((YamlSequenceNode)node).Children.OfType<YamlScalarNode>()
            .Select(s => (s.Value ?? string.Empty).Trim())
            .Where(s => s.Length > 0)
            .OrderByDescending(s => s.Length)
            .Select(s => Regex.Escape(s).Replace(@"\ ", @"[\s,]+", StringComparison.Ordinal));
        return new Regex(@"(?<!\w)(?:" + string.Join('|', phrases) + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static Dictionary<Language, DrillText> LoadAll()
    {
        var result = new Dictionary<Language, DrillText>();
        foreach (var language in Enum.GetValues<Language>())
        {
            var name = $"MiClientBot.Core.Drills.Data.drills-{language.ToCode()}.yaml";
            using var stream = typeof(DrillText).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The drill words for '{language.ToCode()}' are missing from the build ({name}).");
            using var reader = new StreamReader(stream);
            var yaml = new YamlStream();
            yaml.Load(reader);
            result[language] = new DrillText((YamlMappingNode)yaml.Documents[0].RootNode);
        }

        return result;
    }
}
