using MiClientBot.Coding;
using System.Collections.Concurrent;
using YamlDotNet.RepresentationModel;

namespace MiClientBot.Core.Topics;

/// <summary>
/// The words of one language that point to topics and kinds of ask, read once from the embedded
/// Topics/Data/topics-LANG.yaml (language is data, not code).
/// </summary>
internal sealed class TopicCues
{
    private static readonly ConcurrentDictionary<Language, TopicCues> Loaded = new();

    private TopicCues(YamlMappingNode root)
    {
        Questions = Words(root, "questions");
        Subjects = [.. Strings(root, "subjects")];
        Fillers = [.. Strings(root, "fillers")];
        Invitations = List(root, "invitations");
        Generic = List(root, "generic");
        Tags = List(root, "tags");
        OffTopic = List(root, "offtopic");
        Ruler = List(root, "ruler");
        Confidence = List(root, "confidence");
        Lower = List(root, "lower");
        Higher = List(root, "higher");
        ScaleFrames = List(root, "scale_frames");
        UseFrames = Words(root, "use_frames");
        LastResort = Words(root, "last_resort_topics");
        ScaleWords = List(root, "scale_words");
        DegreeQuestions = List(root, "degree_questions");
        UseFrameDamp = root.Children.TryGetValue(new YamlScalarNode("use_frame_weight"), out var frame) && frame is YamlScalarNode { Value: { } u }
            ? double.Parse(u, System.Globalization.CultureInfo.InvariantCulture) : 0.75;
        Damp = root.Children.TryGetValue(new YamlScalarNode("fallback_weight"), out var damp) && damp is YamlScalarNode { Value: { } d }
            ? double.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : 0.5;
        FrontBonus = root.Children.TryGetValue(new YamlScalarNode("front_bonus"), out var front) && front is YamlScalarNode { Value: { } f }
            ? double.Parse(f, System.Globalization.CultureInfo.InvariantCulture) : 1;
        Permission = List(root, "permission");
        LookingBack = List(root, "looking_back");
        LookingForward = List(root, "looking_forward");
        Hypothetical = List(root, "hypothetical");
        FactQuestions = List(root, "fact_questions");
        Numbers = Map(root, "numbers").ToDictionary(p => p.Key, p => int.Parse(p.Value[0], System.Globalization.CultureInfo.InvariantCulture));
        Roles = Map(root, "roles").ToDictionary(p => p.Key, p => new CueList(p.Value));
        Topics = [.. Map(root, "topics").Select(p => (p.Key, new CueList(p.Value)))];
        _byTopic = Topics.ToDictionary(t => t.Topic, t => t.Cues);
        Index = new CueIndex([
            Invitations, Generic, Tags, OffTopic, Ruler, Confidence, Lower, Higher, ScaleFrames, ScaleWords, DegreeQuestions, Permission,
            LookingBack, LookingForward, Hypothetical, FactQuestions, .. Roles.Values, .. Topics.Select(t => t.Cues)]);
    }

    /// <summary>Words that open a question ("what", "hvor").</summary>
    public HashSet<string> Questions { get; }

    /// <summary>The second-person pronouns: verb then "du" asks in nb/da ("Drikker du ...").</summary>
    public HashSet<string> Subjects { get; }

    /// <summary>Words that may open a clause before its question word ("and", "ok so").</summary>
    public HashSet<string> Fillers { get; }

    /// <summary>Requests that ask without a question mark ("tell me about").</summary>
    public CueList Invitations { get; }

    /// <summary>Tag questions at the end ("..., right", "..., ikke sant"), written with a final '$'.</summary>
    public CueList Tags { get; }

    /// <summary>Invitations with no topic of their own ("what else"): the client's own banks answer.</summary>
    public CueList Generic { get; }

    /// <summary>Things outside any client's life (the weather, football results).</summary>
    public CueList OffTopic { get; }

    /// <summary>"On a scale from 0 to 10".</summary>
    public CueList Ruler { get; }

    /// <summary>Words that make a ruler about confidence rather than importance.</summary>
    public CueList Confidence { get; }

    /// <summary>"How sure", "hvor sikker": after a ruler, asking how sure the client is asks the confidence ruler without naming a scale.</summary>
    public CueList DegreeQuestions { get; }

    /// <summary>"Why not lower".</summary>
    public CueList Lower { get; }

    /// <summary>"What would make it higher".</summary>
    public CueList Higher { get; }

    /// <summary>"What would it take", "from a 4 to": a follow-up only once a ruler is in the air.</summary>
    public CueList ScaleFrames { get; }

    /// <summary>Topics whose cues are question frames ("how much") that mean the use only next to it.</summary>
    public HashSet<string> UseFrames { get; }

    /// <summary>The use in general: chosen only when no other topic is found at all.</summary>
    public HashSet<string> LastResort { get; }

    /// <summary>"That number", "tallet": a ruler is being talked about.</summary>
    public CueList ScaleWords { get; }

    /// <summary>The factor a use frame ("how much") is damped by when the use itself is not named.</summary>
    public double UseFrameDamp { get; }

    /// <summary>The factor the use in general's language cues, or a use frame's without the use, is damped by.</summary>
    public double Damp { get; }

    /// <summary>What naming a person near the start of a clause adds to the person's score.</summary>
    public double FrontBonus { get; }

    /// <summary>"May I tell you ...".</summary>
    public CueList Permission { get; }

    /// <summary>"Before", "used to".</summary>
    public CueList LookingBack { get; }

    /// <summary>"In five years".</summary>
    public CueList LookingForward { get; }

    /// <summary>"If you did".</summary>
    public CueList Hypothetical { get; }

    /// <summary>"How much", "who", "when": a question after a fact.</summary>
    public CueList FactQuestions { get; }

    /// <summary>Number words that are not also common words.</summary>
    public Dictionary<string, int> Numbers { get; }

    /// <summary>Words for each role of <see cref="Personas.LifeRoles"/>.</summary>
    public Dictionary<string, CueList> Roles { get; }

    private readonly Dictionary<string, CueList> _byTopic;

    /// <summary>Every cue of the language filed by its first word.</summary>
    public CueIndex Index { get; }

    /// <summary>The cues of one topic, or null when the language names none.</summary>
    public CueList? TopicCuesOf(string topic) => _byTopic.GetValueOrDefault(topic);

    /// <summary>Topic cues in priority order (earlier wins a tie).</summary>
    public IReadOnlyList<(string Topic, CueList Cues)> Topics { get; }

    /// <summary>The cues of a language, read once.</summary>
    public static TopicCues For(Language language) => Loaded.GetOrAdd(language, Load);

    private static TopicCues Load(Language language)
    {
        var name = $"MiClientBot.Core.Topics.Data.topics-{language.ToCode()}.yaml";
        using var stream = typeof(TopicCues).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The topic cues '{name}' are missing from the build.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        return new TopicCues((YamlMappingNode)yaml.Documents[0].RootNode);
    }

    private static IEnumerable<string> Strings(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0)
            : [];

    private static HashSet<string> Words(YamlMappingNode root, string key) => [.. Strings(root, key)];

    private static CueList List(YamlMappingNode root, string key) => new(Strings(root, key));

    private static IEnumerable<KeyValuePair<string, List<string>>> Map(YamlMappingNode root, string key)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlMappingNode map)
        {
            yield break;
        }

        foreach (var (k, v) in map.Children)
        {
            var values = v switch
            {
                YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
                YamlScalarNode scalar => [scalar.Value ?? string.Empty],
                _ => [],
            };
            yield return new(((YamlScalarNode)k).Value ?? string.Empty, values);
        }
    }
}
