using System.Text.RegularExpressions;
using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using YamlDotNet.RepresentationModel;

namespace MiClientBot.Core.Drills;

/// <summary>
/// Reads one drill file (scenarios/drills/PERSONA.yaml, schema in scenarios/drills/README.md), collecting
/// every problem with its line. A drill with a problem is left out; the others are returned.
/// </summary>
internal static partial class DrillParser
{
    /// <summary>Drills each declared language needs, and of them per source and with strong affect.</summary>
    public const int MinDrills = 10, MinPerSource = 2, MinStrongAffect = 3;

    private static readonly string[] TopKeys = ["persona", "drills"];

    private static readonly string[] DrillKeys =
        ["id", "source", "affect", "scene", "helper", "client", "reflection", "argument", "undershoot", "overshoot"];

    private static readonly string[] Sources = ["sustain", "autonomy", "discord", "system"];

    private static readonly string[] Affects = ["none", "strong"];

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="personas"/> are the valid personas (the file names one of them).</summary>
    public static IReadOnlyList<Drill> Parse(string fileName, string yaml, IReadOnlyList<Persona> personas, List<PersonaIssue> issues)
    {
        var read = new YamlReader(fileName, issues);
        if (YamlReader.Root(fileName, yaml, issues, "the file must hold one YAML mapping with 'persona' and 'drills'") is not { } root)
        {
            return [];
        }

        read.RejectUnknownKeys(root, string.Empty, TopKeys);
        var id = read.Text(root, "persona", "persona");
        var byLanguage = read.Map(root, "drills", "drills");
        if (id is null)
        {
            return [];
        }

        var persona = personas.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        var personaNode = root.Children[new YamlScalarNode("persona")];
        if (persona is null)
        {
            read.Report(personaNode, $"unknown persona '{id}' (personas: {string.Join(", ", personas.Select(p => p.Id))})");
            return [];
        }

        var expected = Path.GetFileNameWithoutExtension(fileName);
        if (!string.Equals(expected, id, StringComparison.Ordinal))
        {
            read.Report(personaNode, $"'persona' is '{id}' but the file is named '{expected}'; name the file after the persona ({id}.yaml)");
        }

        if (byLanguage is null)
        {
            return [];
        }

        var drills = new List<Drill>();
        var seen = new HashSet<Language>();
        foreach (var (key, node) in byLanguage.Children)
        {
            var code = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!LanguageCodes.TryParse(code, out var language))
            {
                read.Report(key, $"unknown language '{code}' under 'drills' (en, nb or da)");
                continue;
            }

            if (!persona.Speaks(language))
            {
                read.Report(key, $"{persona.Name} does not declare language '{code}' (languages: {string.Join(", ", persona.Languages.Select(l => l.ToCode()))})");
                continue;
            }

            seen.Add(language);
            if (node is not YamlSequenceNode list)
            {
                read.Report(node, $"'drills.{code}' must be a list of drills");
                continue;
            }

            var inLanguage = ReadList(read, issues, persona, language, code, list);
            drills.AddRange(inLanguage);
            CheckCounts(read, key, persona, code, inLanguage, list.Children.Count);
        }

        foreach (var language in persona.Languages.Where(l => !seen.Contains(l)))
        {
            read.Report(byLanguage, $"no drills for '{language.ToCode()}', which {persona.Name} declares; at least {MinDrills} are needed");
        }

        return drills;
    }

    private static List<Drill> ReadList(YamlReader read, List<PersonaIssue> issues, Persona persona, Language language, string code, YamlSequenceNode list)
    {
        var drills = new List<Drill>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                read.Report(item, $"each entry of 'drills.{code}' must be a mapping (id, source, affect, scene, helper, client, reflection, argument)");
                continue;
            }

            var drill = ReadDrill(read, issues, persona, language, code, map);
            if (drill is null)
            {
                continue;
            }

            if (!ids.Add(drill.Id))
            {
                read.Report(map.Children[new YamlScalarNode("id")], $"duplicate drill id '{drill.Id}' in 'drills.{code}'");
                continue;
            }

            drills.Add(drill);
        }

        return drills;
    }

    private static Drill? ReadDrill(YamlReader read, List<PersonaIssue> issues, Persona persona, Language language, string code, YamlMappingNode map)
    {
        var issuesBefore = issues.Count;
        var id = read.Text(map, "id", $"drills.{code}[].id");
        var at = id is null ? $"drills.{code}" : $"drills.{code}.{id}";
        read.RejectUnknownKeys(map, at, DrillKeys);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            read.Report(map.Children[new YamlScalarNode("id")], $"'{at}': the id must be lower-case letters, digits or '-'");
        }

        var source = Choice(read, map, "source", at, Sources);
        var affect = Choice(read, map, "affect", at, Affects);
        var scene = read.Text(map, "scene", at + ".scene");
        var helper = read.Text(map, "helper", at + ".helper");
        var client = read.Text(map, "client", at + ".client");
        var reflection = read.Text(map, "reflection", at + ".reflection");
        var argument = read.Text(map, "argument", at + ".argument");
        var strong = affect == "strong";
        var undershoot = read.Text(map, "undershoot", at + ".undershoot (needed with affect: strong)", required: strong);
        var overshoot = read.Text(map, "overshoot", at + ".overshoot (needed with affect: strong)", required: strong);
        if (issues.Count > issuesBefore)
        {
            return null;
        }

        return new Drill(
            persona.Id, language, id!, Enum.Parse<DrillSource>(source!, ignoreCase: true), strong,
            scene!, helper!, client!, reflection!, argument!, undershoot, overshoot);
    }

    private static string? Choice(YamlReader read, YamlMappingNode map, string key, string at, string[] allowed)
    {
        var value = read.Text(map, key, $"{at}.{key}");
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        read.Report(map.Children[new YamlScalarNode(key)], $"'{at}.{key}' is '{value}'; expected one of: {string.Join(", ", allowed)}");
        return null;
    }

    private static void CheckCounts(YamlReader read, YamlNode at, Persona persona, string code, List<Drill> drills, int entries)
    {
        if (entries < MinDrills)
        {
            read.Report(at, $"'drills.{code}' has {entries} drills for {persona.Name}; at least {MinDrills} are needed");
        }

        foreach (var source in Enum.GetValues<DrillSource>())
        {
            var count = drills.Count(d => d.Source == source);
            if (count < MinPerSource)
            {
                read.Report(at, $"'drills.{code}' has {count} drills with source: {source.ToString().ToLowerInvariant()}; at least {MinPerSource} are needed");
            }
        }

        var strong = drills.Count(d => d.StrongAffect);
        if (strong < MinStrongAffect)
        {
            read.Report(at, $"'drills.{code}' has {strong} drills with affect: strong; at least {MinStrongAffect} are needed");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
