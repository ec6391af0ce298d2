using System.Text.RegularExpressions;
using MiClientBot.Coding;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Topics;
using YamlDotNet.RepresentationModel;

namespace MiClientBot.Core.Personas;

/// <summary>Reads one scenario file into a <see cref="Persona"/>, collecting every problem with its line.</summary>
internal static partial class PersonaParser
{
    private static readonly string[] TopKeys =
    [
        "id", "name", "age", "languages", "topic", "background", "ambivalence_cross", "deeper_values",
        "system_conflict", "sensitivities", "start", "target_change", "people", "scales", "text",
    ];

    private static readonly string[] StanceKeys = ["open", "guarded", "refuse", "cues"];

    private static readonly string[] CrossKeys =
        ["status_quo_advantages", "status_quo_disadvantages", "change_advantages", "change_disadvantages"];

    private static readonly string[] SourceKeys = ["sustain", "autonomy", "discord"];

    public static Persona? Parse(string fileName, string yaml, List<PersonaIssue> issues)
    {
        var before = issues.Count;
        var read = new YamlReader(fileName, issues);
        if (YamlReader.Root(fileName, yaml, issues, "the file must hold one YAML mapping") is not { } root)
        {
            return null;
        }

        read.RejectUnknownKeys(root, string.Empty, TopKeys);
        var id = read.Text(root, "id", "id");
        var expectedId = Path.GetFileNameWithoutExtension(fileName);
        if (id is not null && (!IdPattern().IsMatch(id) || id != expectedId))
        {
            read.Report(root.Children[new YamlScalarNode("id")], $"'id' must be lower-case letters, digits or '-' and equal the file name '{expectedId}'");
        }

        var name = read.Text(root, "name", "name");
        var age = read.Number(root, "age", "age", 1, 120);
        var languages = ReadLanguages(read, root);
        var topics = ReadTopics(read, root);
        var background = read.Text(root, "background", "background");
        var cross = ReadCross(read, root);
        var values = read.Texts(root, "deeper_values", "deeper_values", 1);
        var systemConflict = read.Text(root, "system_conflict", "system_conflict", required: false);
        var sensitivities = ReadLevels(read, root, "sensitivities", 0.5, 2.0);
        var start = ReadLevels(read, root, "start", 0, 100);
        var target = ReadTarget(read, root);
        var people = ReadPeople(read, root);
        var scales = ReadScales(read, root);
        var texts = ReadTexts(read, root, languages, systemConflict is not null, people);

        if (issues.Count > before)
        {
            return null;
        }

        return new Persona(
            id!, name!, (int)age!.Value, languages, topics![Language.En], background!, cross!, [.. values.Select(v => v.Text)],
            systemConflict, sensitivities!.Value, start!.Value, target!, texts)
        {
            Topics = topics,
            People = people,
            Scales = scales,
        };
    }

    private static List<Language> ReadLanguages(YamlReader read, YamlMappingNode root)
    {
        var result = new List<Language>();
        foreach (var (code, node) in read.Texts(root, "languages", "languages", 1))
        {
            if (!LanguageCodes.TryParse(code, out var language) || language.ToCode() != code)
            {
                read.Report(node, $"unknown language '{code}' (available: en, nb, da)");
            }
            else if (result.Contains(language))
            {
                read.Report(node, $"language '{code}' is listed twice");
            }
            else
            {
                result.Add(language);
            }
        }

        return result;
    }

    /// <summary>
    /// 'topic' is one text, or a mapping with en, nb and da: the persona picker is shown in the trainee's
    /// language, for every persona, including those that do not speak it.
    /// </summary>
    private static Dictionary<Language, string>? ReadTopics(YamlReader read, YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("topic"), out var node) || node is not YamlMappingNode map)
        {
            return read.Text(root, "topic", "topic") is { } single ? new() { [Language.En] = single } : null;
        }

        var codes = LanguageCodes.All.Select(l => l.ToCode()).ToArray();
        read.RejectUnknownKeys(map, "topic", codes);
        var topics = new Dictionary<Language, string>();
        foreach (var language in LanguageCodes.All)
        {
            if (read.Text(map, language.ToCode(), "topic." + language.ToCode()) is { } text)
            {
                topics[language] = text;
            }
        }

        return topics.Count == codes.Length ? topics : null;
    }

    private static AmbivalenceCross? ReadCross(YamlReader read, YamlMappingNode root)
    {
        var map = read.Map(root, "ambivalence_cross", "ambivalence_cross");
        if (map is null)
        {
            return null;
        }

        read.RejectUnknownKeys(map, "ambivalence_cross", CrossKeys);
        var cells = CrossKeys.Select(k => read.Texts(map, k, "ambivalence_cross." + k, 2).Select(t => t.Text).ToList()).ToList();
        return new AmbivalenceCross(cells[0], cells[1], cells[2], cells[3]);
    }

    private static ResistanceLevels? ReadLevels(YamlReader read, YamlMappingNode root, string key, double min, double max)
    {
        var map = read.Map(root, key, key);
        if (map is null)
        {
            return null;
        }

        read.RejectUnknownKeys(map, key, SourceKeys);
        var v = SourceKeys.Select(s => read.Number(map, s, key + "." + s, min, max)).ToList();
        return v.Any(x => x is null) ? null : new ResistanceLevels(v[0]!.Value, v[1]!.Value, v[2]!.Value);
    }

    private static TargetChange? ReadTarget(YamlReader read, YamlMappingNode root)
    {
        var map = read.Map(root, "target_change", "target_change");
        if (map is null)
        {
            return null;
        }

        read.RejectUnknownKeys(map, "target_change", ["size", "description", "commitment"]);
        var size = read.Text(map, "size", "target_change.size");
        ChangeSize? parsed = size switch { "small" => ChangeSize.Small, "large" => ChangeSize.Large, _ => null };
        if (size is not null && parsed is null)
        {
            read.Report(map.Children[new YamlScalarNode("size")], "'target_change.size' must be 'small' or 'large'");
        }

        var description = read.Text(map, "description", "target_change.description");
        var commitment = read.Text(map, "commitment", "target_change.commitment");
        return parsed is null || description is null || commitment is null ? null : new TargetChange(parsed.Value, description, commitment);
    }

    private static List<LifePerson> ReadPeople(YamlReader read, YamlMappingNode root)
    {
        var people = new List<LifePerson>();
        if (read.Child(root, "people", "people", required: false) is not { } node)
        {
            return people;
        }

        if (node is not YamlSequenceNode list)
        {
            read.Report(node, "'people' must be a list of mappings with id, names and roles");
            return people;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                read.Report(item, "each entry of 'people' must be a mapping with id, names and roles");
                continue;
            }

            read.RejectUnknownKeys(map, "people[]", ["id", "names", "roles"]);
            var id = read.Text(map, "id", "people[].id");
            if (id is not null && !PersonIdPattern().IsMatch(id))
            {
                read.Report(map, $"'people[].id' must be lower-case letters, digits or '_' ('{id}')");
            }
            else if (id is not null && people.Any(p => p.Id == id))
            {
                read.Report(map, $"person '{id}' is listed twice");
            }

            var names = OptionalTexts(read, map, "names", "people[].names");
            var roles = OptionalTexts(read, map, "roles", "people[].roles");
            foreach (var role in roles.Where(r => !LifeRoles.All.Contains(r.Text)))
            {
                read.Report(role.Node, $"unknown role '{role.Text}' (expected one of: {string.Join(", ", LifeRoles.All)})");
            }

            if (names.Count == 0 && roles.Count == 0)
            {
                read.Report(map, $"person '{id}' needs at least one name or role, or the trainee cannot ask about them");
            }

            if (id is not null)
            {
                people.Add(new LifePerson(id, [.. names.Select(n => n.Text.ToLowerInvariant())], [.. roles.Select(r => r.Text)]));
            }
        }

        return people;
    }

    private static IReadOnlyList<(string Text, YamlNode Node)> OptionalTexts(YamlReader read, YamlMappingNode map, string key, string path) =>
        map.Children.ContainsKey(new YamlScalarNode(key)) ? read.Texts(map, key, path, 0) : [];

    private static StartingScales ReadScales(YamlReader read, YamlMappingNode root)
    {
        if (read.Map(root, "scales", "scales", required: false) is not { } map)
        {
            return StartingScales.Default;
        }

        read.RejectUnknownKeys(map, "scales", ["importance", "confidence"]);
        var importance = read.Number(map, "importance", "scales.importance", 0, 10);
        var confidence = read.Number(map, "confidence", "scales.confidence", 0, 10);
        return new StartingScales((int)(importance ?? 4), (int)(confidence ?? 3));
    }

    private static Dictionary<Language, PersonaText> ReadTexts(
        YamlReader read, YamlMappingNode root, List<Language> languages, bool hasSystemConflict, List<LifePerson> people)
    {
        var result = new Dictionary<Language, PersonaText>();
        var textMap = read.Map(root, "text", "text");
        if (textMap is null)
        {
            return result;
        }

        read.RejectUnknownKeys(textMap, "text", [.. languages.Select(l => l.ToCode())]);
        foreach (var language in languages)
        {
            var code = language.ToCode();
            var block = read.Map(textMap, code, "text." + code);
            if (block is not null)
            {
                result[language] = ReadLanguageBlock(read, block, code, hasSystemConflict);
            }
        }

        // Answers are optional for a whole persona, but a persona that answers does so on every
        // topic in every language it speaks: a gap would let one language fall back to off-topic lines.
        if (result.Values.Any(t => t.Answers.Count > 0))
        {
            var required = AnswerTopics.All.Where(t => t != AnswerTopics.System || hasSystemConflict)
                .Concat(people.Select(p => p.Topic)).ToList();
            foreach (var language in languages.Where(result.ContainsKey))
            {
                var block = textMap.Children[new YamlScalarNode(language.ToCode())];
                var missing = required.Where(t => !result[language].Answers.ContainsKey(t)).ToList();
                if (missing.Count > 0)
                {
                    read.Report(block, $"'text.{language.ToCode()}.answers' lacks the topics: {string.Join(", ", missing)}");
                }

                var unknown = result[language].Answers.Keys.Where(k => !required.Contains(k)).ToList();
                if (unknown.Count > 0)
                {
                    read.Report(block, $"'text.{language.ToCode()}.answers' has topics no one can ask about: {string.Join(", ", unknown)} (people's topics are person.ID for an id in 'people')");
                }
            }
        }

        return result;
    }

    private static PersonaText ReadLanguageBlock(YamlReader read, YamlMappingNode block, string code, bool hasSystemConflict)
    {
        read.RejectUnknownKeys(block, "text." + code, ["briefing", "greeting", "change", "sustain", "neutral", "elaborating",
            "autonomy_active", "autonomy_passive", "discord", "affect", "info_with_permission", "info_without_permission",
            "affirmation", "values", "system", "planning", "committing", "walkout", "debrief", "answers"]);
        var briefing = read.Text(block, "briefing", $"text.{code}.briefing") ?? string.Empty;
        var banks = new Dictionary<ReplyKind, IReadOnlyList<string>>();
        var seen = new Dictionary<string, (ReplyKind Kind, int Line)>();
        foreach (var kind in ReplyKinds.All)
        {
            if (kind == ReplyKind.System && !hasSystemConflict && !block.Children.ContainsKey(new YamlScalarNode("system")))
            {
                continue;
            }

            var path = kind.ToPath();
            var parts = path.Split('.');
            var parent = parts.Length == 1 ? block : read.Map(block, parts[0], $"text.{code}.{parts[0]}");
            if (parent is null)
            {
                continue;
            }

            var lines = read.Texts(parent, parts[^1], $"text.{code}.{path}", kind.MinimumLines());
            foreach (var (text, node) in lines)
            {
                var key = Normalize(text);
                if (seen.TryGetValue(key, out var first))
                {
                    read.Report(node, $"duplicate line in '{code}' (first in '{first.Kind.ToPath()}' at line {first.Line}): \"{text}\"");
                }
                else
                {
                    seen[key] = (kind, (int)node.Start.Line);
                }
            }

            banks[kind] = [.. lines.Select(l => l.Text)];
        }

        var answers = new Dictionary<string, TopicAnswers>();
        var order = new List<string>();
        if (read.Map(block, "answers", $"text.{code}.answers", required: false) is { } answerMap)
        {
            foreach (var (key, node) in answerMap.Children)
            {
                var topic = (key as YamlScalarNode)?.Value ?? string.Empty;
                var path = $"text.{code}.answers.{topic}";
                if (node is not YamlMappingNode stances)
                {
                    read.Report(node, $"'{path}' must be a mapping with open, guarded and refuse");
                    continue;
                }

                read.RejectUnknownKeys(stances, path, StanceKeys);
                // A non-answer is asked for more often than any one topic, so it needs as many lines in every stance.
                var least = topic == AnswerTopics.Unknown ? 3 : 2;
                var open = Answer(read, stances, path, "open", 3, seen, code);
                var guarded = Answer(read, stances, path, "guarded", least, seen, code);
                var refuse = Answer(read, stances, path, "refuse", least, seen, code);
                var cues = OptionalTexts(read, stances, "cues", path + ".cues").Select(c => c.Text.ToLowerInvariant()).ToList();
                CheckPlaceholders(read, topic, path, stances);
                answers[topic] = new TopicAnswers(open, guarded, refuse, cues);
                order.Add(topic);
            }
        }

        return new PersonaText(briefing, banks) { Answers = answers, AnswerOrder = order };
    }

    private static List<string> Answer(
        YamlReader read, YamlMappingNode stances, string path, string stance, int least,
        Dictionary<string, (ReplyKind Kind, int Line)> seen, string code)
    {
        var lines = read.Texts(stances, stance, $"{path}.{stance}", least);
        foreach (var (text, node) in lines)
        {
            var key = Normalize(text);
            if (seen.TryGetValue(key, out var first))
            {
                read.Report(node, $"duplicate line in '{code}' (first at line {first.Line}): \"{text}\"");
            }
            else
            {
                seen[key] = (ReplyKind.Neutral, (int)node.Start.Line);
            }
        }

        return [.. lines.Select(l => l.Text)];
    }

    /// <summary>Ruler answers carry the number the engine fills in; a line without it would say no number.</summary>
    private static void CheckPlaceholders(YamlReader read, string topic, string path, YamlMappingNode stances)
    {
        string[] needed = topic switch
        {
            AnswerTopics.ScaleImportance or AnswerTopics.ScaleConfidence => ["{n}"],
            AnswerTopics.ScaleLower => ["{lower}"],
            AnswerTopics.ScaleHigher => ["{higher}"],
            _ => [],
        };
        foreach (var stance in new[] { "open", "guarded" })
        {
            if (!stances.Children.TryGetValue(new YamlScalarNode(stance), out var node) || node is not YamlSequenceNode list)
            {
                continue;
            }

            foreach (var item in list.Children.OfType<YamlScalarNode>())
            {
                foreach (var placeholder in needed.Where(p => !(item.Value ?? string.Empty).Contains(p, StringComparison.Ordinal)))
                {
                    read.Report(item, $"'{path}.{stance}' line lacks {placeholder}: \"{item.Value}\"");
                }
            }
        }
    }

    private static string Normalize(string line) => WhiteSpace().Replace(line.Trim().ToLowerInvariant(), " ");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_]*$")]
    private static partial Regex PersonIdPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
