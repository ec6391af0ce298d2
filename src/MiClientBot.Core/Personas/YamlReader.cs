using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MiClientBot.Core.Personas;

/// <summary>Typed reads from a YAML node tree that record a located issue instead of throwing.</summary>
internal sealed class YamlReader(string file, List<PersonaIssue> issues)
{
    /// <summary>The file's one top-level mapping, or null with the problem (not a mapping, or a YAML syntax error) in <paramref name="issues"/>.</summary>
    public static YamlMappingNode? Root(string fileName, string yaml, List<PersonaIssue> issues, string notAMapping)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                issues.Add(new PersonaIssue(fileName, 1, notAMapping));
                return null;
            }

            return map;
        }
        catch (YamlException e)
        {
            issues.Add(new PersonaIssue(fileName, (int)e.Start.Line, "YAML syntax: " + e.Message));
            return null;
        }
    }

    public void Report(YamlNode? node, string problem) =>
        issues.Add(new PersonaIssue(file, node is null ? 1 : (int)node.Start.Line, problem));

    public YamlNode? Child(YamlMappingNode map, string key, string path, bool required = true)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return node;
        }

        if (required)
        {
            Report(map, $"missing '{path}'");
        }

        return null;
    }

    public YamlMappingNode? Map(YamlMappingNode map, string key, string path, bool required = true)
    {
        var node = Child(map, key, path, required);
        if (node is null or YamlMappingNode)
        {
            return node as YamlMappingNode;
        }

        Report(node, $"'{path}' must be a mapping");
        return null;
    }

    public string? Text(YamlMappingNode map, string key, string path, bool required = true)
    {
        var node = Child(map, key, path, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Report(node, $"'{path}' must be a non-empty text");
        return null;
    }

    public double? Number(YamlMappingNode map, string key, string path, double min, double max)
    {
        var node = Child(map, key, path);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } raw }
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        Report(node, $"'{path}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    /// <summary>A list of non-empty texts with the node of each, so later checks can point at a line.</summary>
    public IReadOnlyList<(string Text, YamlNode Node)> Texts(YamlMappingNode map, string key, string path, int minCount)
    {
        var node = Child(map, key, path);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(node, $"'{path}' must be a list");
            return [];
        }

        var result = new List<(string, YamlNode)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                result.Add((value.Trim(), item));
            }
            else
            {
                Report(item, $"'{path}' holds an empty or non-text entry");
            }
        }

        if (result.Count < minCount)
        {
            Report(node, $"'{path}' has {result.Count} entries; at least {minCount} are needed");
        }

        return result;
    }

    public void RejectUnknownKeys(YamlMappingNode map, string path, IReadOnlyCollection<string> known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(name))
            {
                Report(key, $"unknown key '{(path.Length == 0 ? name : path + "." + name)}' (expected one of: {string.Join(", ", known)})");
            }
        }
    }
}
