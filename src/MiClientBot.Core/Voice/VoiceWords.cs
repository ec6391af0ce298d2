using MiClientBot.Coding;
using System.Collections.Concurrent;
using System.Globalization;
using MiClientBot.Core.Topics;

namespace MiClientBot.Core.Voice;

/// <summary>The words the guard reads in one language, from the embedded Voice/Data/voice-LANG.yaml.</summary>
internal sealed class VoiceWords
{
    private static readonly ConcurrentDictionary<Language, VoiceWords> Loaded = new();

    private VoiceWords(Language language)
    {
        var root = VoiceData.Load($"voice-{language.ToCode()}.yaml");
        Distinctive = [.. VoiceData.Strings(root, "distinctive").SelectMany(w => TopicText.Tokenize(w))];
        Shared = [.. VoiceData.Strings(root, "shared").SelectMany(w => TopicText.Tokenize(w))];
        Sibling = root.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("sibling"), out var sibling)
            && sibling is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } code } && LanguageCodes.TryParse(code, out var near) ? near : null;
        Negations = [.. VoiceData.Strings(root, "negations").SelectMany(w => TopicText.Tokenize(w))];
        Refusal = Cues(root, "refusal");
        Advice = Cues(root, "advice");
        Feelings = Cues(root, "feelings");
        Helper = Cues(root, "helper");
        Commitment = Cues(root, "commitment");
        Change = Cues(root, "change");
        Numbers = VoiceData.Map(root, "numbers").ToDictionary(p => p.Key, p => int.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Capitalized = [.. VoiceData.Strings(root, "capitalized").SelectMany(w => TopicText.Tokenize(w))];
    }

    /// <summary>Function words only this language of the three has.</summary>
    public HashSet<string> Distinctive { get; }

    /// <summary>Words this language shares with its sibling and not with English (Norwegian and Danish).</summary>
    public HashSet<string> Shared { get; }

    /// <summary>The language so close that only <see cref="Distinctive"/> words tell the two apart.</summary>
    public Language? Sibling { get; }

    /// <summary>Words that, right after a cue, turn it around ("I'll never call").</summary>
    public HashSet<string> Negations { get; }

    public IReadOnlyList<Cue> Refusal { get; }

    public IReadOnlyList<Cue> Advice { get; }

    public IReadOnlyList<Cue> Feelings { get; }

    public IReadOnlyList<Cue> Helper { get; }

    public IReadOnlyList<Cue> Commitment { get; }

    public IReadOnlyList<Cue> Change { get; }

    /// <summary>Numbers written as words.</summary>
    public IReadOnlyDictionary<string, int> Numbers { get; }

    /// <summary>Words written with a capital inside a sentence that are not names.</summary>
    public HashSet<string> Capitalized { get; }

    public static VoiceWords For(Language language) => Loaded.GetOrAdd(language, l => new VoiceWords(l));

    private static Cue[] Cues(YamlDotNet.RepresentationModel.YamlMappingNode root, string key) =>
        [.. VoiceData.Strings(root, key).Select(Cue.Parse).OfType<Cue>()];
}
