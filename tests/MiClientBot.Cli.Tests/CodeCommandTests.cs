using System.Text.Json;

namespace MiClientBot.Cli.Tests;

public sealed class CodeCommandTests
{
    [Fact]
    public void Run_TwoLines_OneJsonObjectPerLineWithCodeCodesConfidenceCues()
    {
        var input = "Kona maser om drikkinga mi.\tDu bør slutte å drikke.\nHvordan har uka vært?\n";
        var (exit, output, _) = Run(input, "code", "--lang", "nb");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);

        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("persuade", root.GetProperty("code").GetString());
        Assert.Contains("persuade", root.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Contains(root.GetProperty("cues").EnumerateArray(), c => c.GetString()!.Contains("'du bør'", StringComparison.Ordinal));

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("question-open", second.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public void Run_BadLine_StillOneObjectCodedOther()
    {
        var (exit, output, _) = Run("\u0001\u0002\n", "code", "--lang", "da");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output.Trim());
        Assert.Equal("other", doc.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public void Run_UnknownLanguage_ExitTwoAndNamesTheLanguages()
    {
        var (exit, output, error) = Run("hello\n", "code", "--lang", "sv");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("en", error, StringComparison.Ordinal);
        Assert.Contains("nb", error, StringComparison.Ordinal);
        Assert.Contains("da", error, StringComparison.Ordinal);
    }

    internal static (int Exit, string Output, string Error) Run(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, new CliContext(reader, output, error, Interactive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
