using MiClientBot.Coding;
using MiClientBot.Core.Personas;

namespace MiClientBot.Cli.Tests;

public class ChatCommandTests
{
    internal static (int Exit, string Out, string Error) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new CliContext(new StringReader(input), output, error, Interactive: false));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Chat_PipedNorwegian_PrintsClientReplyAndExitsZero()
    {
        var (exit, output, _) = Run("Hei Lasse, hva bringer deg hit i dag?\n/quit\n", "chat", "--persona", "lasse", "--lang", "nb", "--seed", "1");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var asked = lines.FindIndex(l => l.StartsWith("Du: Hei Lasse", StringComparison.Ordinal));
        Assert.True(asked > 0);
        Assert.StartsWith("Lasse: ", lines[asked - 1], StringComparison.Ordinal);
        Assert.StartsWith("Lasse: ", lines[asked + 1], StringComparison.Ordinal);
        var reason = PersonaCatalog.Load(Repo.Scenarios).All.Single(p => p.Id == "lasse").Text(Language.Nb).Answers["reason"];
        Assert.Contains(lines[asked + 1]["Lasse: ".Length..], reason.Open.Concat(reason.Guarded).Concat(reason.Refuse));
        Assert.DoesNotContain("ballong", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_SameSeedTwice_PrintsTheSameTranscript()
    {
        const string script = "Hei Lasse, hva bringer deg hit i dag?\nDu høres sliten ut.\nDu bør legge deg inn.\n/quit\n";
        var first = Run(script, "chat", "--persona", "lasse", "--lang", "nb", "--seed", "1").Out;
        var second = Run(script, "chat", "--persona", "lasse", "--lang", "nb", "--seed", "1").Out;
        var other = Run(script, "chat", "--persona", "lasse", "--lang", "nb", "--seed", "2").Out;

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Chat_UnknownPersona_NamesTheAvailableOnesAndExitsTwo()
    {
        var (exit, _, error) = Run(string.Empty, "chat", "--persona", "nobody", "--lang", "nb");

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("lasse", error, StringComparison.Ordinal);
        Assert.Contains("ingrid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_LanguageThePersonaDoesNotSpeak_NamesItsLanguagesAndExitsTwo()
    {
        var (exit, _, error) = Run(string.Empty, "chat", "--persona", "lasse", "--lang", "da");

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("nb, en", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_Commands_HelpPersonasRestartAndUnknown()
    {
        var (exit, output, _) = Run("/help\n/personas\n/restart\n/nonsense\n", "chat", "--persona", "gary", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("/restart", output, StringComparison.Ordinal);
        Assert.Contains("ingrid", output, StringComparison.Ordinal);
        Assert.Contains("New session with Gary.", output, StringComparison.Ordinal);
        Assert.Contains("Unknown command '/nonsense'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_RightingReflexUntilWalkout_SaysTheClientLeft()
    {
        var pushes = string.Join('\n', Enumerable.Range(0, 14).Select(i => i % 2 == 0
            ? $"You should stop drinking now, number {i}."
            : $"You must listen to me, you're in denial, number {i}."));
        var (exit, output, _) = Run(pushes + "\n", "chat", "--persona", "gary", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("Gary has left the conversation", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_WithReportPath_WritesTheReportInTheFormatOfTheExtension()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mi-report-{Guid.NewGuid():N}.json");

        var (exit, _, _) = Run("What brings you here?\nYou should stop drinking.\n/quit\n", "chat", "--persona", "gary", "--lang", "en", "--report", path);

        Assert.Equal(0, exit);
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(2, report.RootElement.GetProperty("turns").GetInt32());
        Assert.Equal(3, report.RootElement.GetProperty("balloon").GetArrayLength());
    }

    [Fact]
    public void Chat_WithUnknownReportFormat_SaysSoAndExitsTwo()
    {
        var (exit, _, error) = Run(string.Empty, "chat", "--persona", "gary", "--report", "out.pdf");

        Assert.Equal(2, exit);
        Assert.Contains(".json, .md or .html", error, StringComparison.Ordinal);
    }
}
