using YamlDotNet.RepresentationModel;

namespace MiClientBot.Core.Tests.Drills;

public class DrillTextTests
{
    private static readonly string[] Languages = ["en", "nb", "da"];

    [Theory]
    [InlineData("verdicts")]
    [InlineData("feedback")]
    [InlineData("text")]
    [InlineData("intensity")]
    public void DataFiles_EveryLanguage_HasTheSameKeysAsEnglish(string section)
    {
        var english = Keys("en", section);

        Assert.NotEmpty(english);
        Assert.All(Languages, l => Assert.Equal(english, Keys(l, section)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nb")]
    [InlineData("da")]
    public void DataFiles_IntensityAndIdentifyLists_AreNotEmpty(string language)
    {
        var root = Root(language);
        var intensity = (YamlMappingNode)root.Children[new YamlScalarNode("intensity")];

        Assert.All(intensity.Children.Values, list => Assert.NotEmpty(((YamlSequenceNode)list).Children));
        Assert.NotEmpty(((YamlSequenceNode)root.Children[new YamlScalarNode("identify")]).Children);
    }

    private static List<string> Keys(string language, string section) =>
        [.. ((YamlMappingNode)Root(language).Children[new YamlScalarNode(section)]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal)];

    private static YamlMappingNode Root(string language)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Root, "src", "MiClientBot.Core", "Drills", "Data", $"drills-{language}.yaml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
