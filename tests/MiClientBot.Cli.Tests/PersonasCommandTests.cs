using System.Text.Json;

namespace MiClientBot.Cli.Tests;

public class PersonasCommandTests
{
    [Fact]
    public void List_Json_PrintsIdNameAndLanguagesOfEveryPersona()
    {
        var (exit, output, _) = ChatCommandTests.Run(string.Empty, "personas", "list", "--json");

        Assert.Equal(0, exit);
        var personas = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.True(personas.Count >= 5);
        var lasse = personas.Single(p => p.GetProperty("id").GetString() == "lasse");
        Assert.Equal("Lasse", lasse.GetProperty("name").GetString());
        Assert.Equal(["nb", "en"], lasse.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public void Validate_ShippedFiles_ExitsZero()
    {
        var (exit, output, _) = ChatCommandTests.Run(string.Empty, "personas", "validate");

        Assert.Equal(0, exit);
        Assert.Contains("valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_Lasse_PrintsTheMachineAsMermaid()
    {
        var (exit, output, _) = ChatCommandTests.Run(string.Empty, "personas", "graph", "lasse");

        Assert.Equal(0, exit);
        Assert.StartsWith("stateDiagram-v2", output, StringComparison.Ordinal);
        Assert.Contains("[*] --> Engaging", output, StringComparison.Ordinal);
        Assert.Contains("Discord --> WalkedOut", output, StringComparison.Ordinal);
        Assert.Contains("AutonomyDefence", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_UnknownPersona_ExitsTwo()
    {
        var (exit, _, error) = ChatCommandTests.Run(string.Empty, "personas", "graph", "nobody");

        Assert.Equal(2, exit);
        Assert.Contains("Available personas", error, StringComparison.Ordinal);
    }
}
