using System.Text.RegularExpressions;

namespace MiClientBot.Cli.Tests;

/// <summary>
/// Each configuration mistake stops `mi-client` (run as a process, in a folder with its own appsettings.json) with
/// exit code 2 and one line that names the file or setting and the fix, as the web host does.
/// </summary>
public sealed partial class ConfigurationMistakeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mi-cli-config-" + Guid.NewGuid().ToString("N"));

    public ConfigurationMistakeTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PersonasList_StrayCommaInAppSettings_ExitsTwoNamingTheFileAndLine()
    {
        WriteSettings(text => text.Replace("\"DefaultLanguage\": \"en\",", "\"DefaultLanguage\": \"en\",,", StringComparison.Ordinal));

        await AssertRefusedAsync([], $"{Path.Combine(_folder, "appsettings.json")} is not valid JSON at line 7, column 29");
    }

    [Fact]
    public async Task PersonasList_CoachNotABooleanInTheFile_ExitsTwoNamingTheSetting()
    {
        WriteSettings(text => text.Replace("\"Coach\": true", "\"Coach\": \"maybe\"", StringComparison.Ordinal));

        await AssertRefusedAsync([], "Session:Coach 'maybe' must be true or false");
    }

    [Fact]
    public async Task PersonasList_CoachNotABooleanInTheEnvironment_ExitsTwoNamingTheVariable()
    {
        WriteSettings(text => text);

        await AssertRefusedAsync(new() { ["Session__Coach"] = "maybe" }, "Session:Coach 'maybe' must be true or false: correct it in appsettings.json (or in the environment variable Session__Coach");
    }

    [Fact]
    public async Task PersonasList_PersonaFolderMissing_ExitsTwoNamingTheSetting()
    {
        WriteSettings(text => text);

        await AssertRefusedAsync(new() { ["Personas__Directory"] = "no-such-folder" }, $"Personas:Directory: the folder {Path.Combine(_folder, "no-such-folder")} does not exist");
    }

    [Fact]
    public async Task PersonasList_UnknownDefaultPersona_ExitsTwoListingThePersonas()
    {
        WriteSettings(text => text.Replace("\"DefaultPersona\": \"lasse\"", "\"DefaultPersona\": \"nobody\"", StringComparison.Ordinal));

        await AssertRefusedAsync([], "Session:DefaultPersona 'nobody' is not one of the personas (gary, ingrid, lasse, mads, sara)");
    }

    [Fact]
    public async Task PersonasList_UnknownDefaultLanguage_ExitsTwoNamingTheLanguages()
    {
        WriteSettings(text => text.Replace("\"DefaultLanguage\": \"en\"", "\"DefaultLanguage\": \"sv\"", StringComparison.Ordinal));

        await AssertRefusedAsync([], "Session:DefaultLanguage 'sv' is not one of en, nb, da.");
    }

    private async Task AssertRefusedAsync(Dictionary<string, string> environment, string expected)
    {
        var (exit, output, error, _) = await CliProcess.RunAsync(_folder, environment, string.Empty, "personas", "list");

        Assert.True(exit == 2, $"exit {exit}; stderr: {error}");
        Assert.DoesNotContain('\n', error.Trim());
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), output + error);
    }

    private void WriteSettings(Func<string, string> edit)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "appsettings.json"))
            .Replace("\"Directory\": \"scenarios\"", $"\"Directory\": \"{Repo.Scenarios.Replace("\\", "\\\\", StringComparison.Ordinal)}\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), edit(text));
    }

    // A line of a .NET stack trace: "   at Namespace.Type.Method(".
    [GeneratedRegex(@"(?m)^\s+at [\w.`<>]+\(")]
    private static partial Regex StackFrame();
}
