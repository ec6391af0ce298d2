using YamlDotNet.RepresentationModel;

namespace MiClientBot.Core.Voice;

/// <summary>Reads the embedded Voice/Data files (language is data, not code).</summary>
internal static class VoiceData
{
    public static YamlMappingNode Load(string file)
    {
        var name = $"MiClientBot.Core.Voice.Data.{file}";
        using var stream = typeof(VoiceData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The voice data '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    public static IEnumerable<string> Strings(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0)
            : [];

    public static IReadOnlyDictionary<string, string> Map(YamlMappingNode root, string key)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode children)
        {
            foreach (var (k, v) in children)
            {
                if (k is YamlScalarNode { Value: { } name } && v is YamlScalarNode { Value: { } value })
                {
                    map[name] = value;
                }
            }
        }

        return map;
    }
}
