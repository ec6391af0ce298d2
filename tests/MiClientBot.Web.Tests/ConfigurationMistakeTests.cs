using System.Text.RegularExpressions;
using MiClientBot.Web.Tests.Storage;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>
/// Each configuration mistake a user can make stops the host (run as a process) with exit code 2 and one line that
/// names the setting and the fix: no stack trace, no abort (134).
/// </summary>
public sealed partial class ConfigurationMistakeTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Storage__Provider", "Bogus", "Storage:Provider 'Bogus' must be one of Sqlite, PostgreSql, Memory")]
    [InlineData("Session__Coach", "maybe", "Session:Coach 'maybe' must be true or false")]
    [InlineData("Storage__RetentionDays", "a month", "Storage:RetentionDays 'a month' must be a whole number")]
    [InlineData("Storage__SweepInterval", "1h", "Storage:SweepInterval '1h' must be a duration written hh:mm:ss")]
    [InlineData("DirectLine__TokenLifetime", "soon", "DirectLine:TokenLifetime 'soon' must be a duration")]
    [InlineData("Diagnostics__Enabled", "perhaps", "Diagnostics:Enabled 'perhaps' must be true or false")]
    [InlineData("Logging__LogLevel__Default", "Loud", "Logging:LogLevel 'Loud' is not a log level")]
    [InlineData("Session__DefaultPersona", "nobody", "Session:DefaultPersona 'nobody' is not one of the personas (gary, ingrid, lasse, mads, sara)")]
    [InlineData("Session__DefaultLanguage", "sv", "Session:DefaultLanguage 'sv' is not one of en, nb, da.")]
    [InlineData("Storage__PostgreSql", "Hots=db;;Pasword", "Storage:PostgreSql is not a valid connection string")]
    [InlineData("Connector__AllowedServiceUrls__0", "smba.trafficmanager.net", "Connector:AllowedServiceUrls 'smba.trafficmanager.net' must be an absolute http(s) URL")]
    [InlineData("DirectLine__Secret", "short", "DirectLine:Secret must be at least 16 characters long")]
    [InlineData("Instructor__Key", "short", "Instructor:Key must be at least 16 characters long")]
    [InlineData("Personas__Directory", "no-such-folder", "Personas:Directory: the folder")]
    public async Task Start_MistakenEnvironmentVariable_ExitsTwoWithOneLineNamingTheSetting(string variable, string value, string expected)
    {
        using var host = HostProcess.StartIn(Repo.Root, new Dictionary<string, string> { [variable] = value, ["Storage__Provider"] = Provider(variable) });

        await AssertRefusedAsync(host, expected);
    }

    [Fact]
    public async Task Start_StrayCommaInAppSettings_ExitsTwoNamingTheFileAndLine()
    {
        WriteSettings(text => text.Replace("\"DefaultLanguage\": \"en\",", "\"DefaultLanguage\": \"en\",,", StringComparison.Ordinal));
        using var host = HostProcess.StartIn(_folder.Path, new Dictionary<string, string>());

        await AssertRefusedAsync(host, $"{Path.Combine(_folder.Path, "appsettings.json")} is not valid JSON at line 7, column 29");
    }

    [Fact]
    public async Task Start_SqliteFileWhoseParentIsAFile_ExitsTwoNamingTheSetting()
    {
        var notAFolder = Path.Combine(_folder.Path, "plain-file");
        await File.WriteAllTextAsync(notAFolder, "not a folder");
        using var host = HostProcess.StartIn(Repo.Root, new Dictionary<string, string> { ["Storage__SqliteFile"] = Path.Combine(notAFolder, "sessions.db") });

        await AssertRefusedAsync(host, $"Storage:SqliteFile '{Path.Combine(notAFolder, "sessions.db")}' cannot be used");
    }

    [Fact]
    public async Task Start_KeyFileWhoseParentIsAFile_ExitsTwoNamingTheSetting()
    {
        var notAFolder = Path.Combine(_folder.Path, "plain-file");
        await File.WriteAllTextAsync(notAFolder, "not a folder");
        using var host = HostProcess.StartIn(Repo.Root, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Memory",
            ["DirectLine__KeyFile"] = Path.Combine(notAFolder, "token.key"),
        });

        await AssertRefusedAsync(host, $"DirectLine:KeyFile '{Path.Combine(notAFolder, "token.key")}' cannot be used");
    }

    // Sessions in memory, so a refused start touches no database file; the storage mistakes bring their own provider.
    private static string Provider(string variable) => variable.StartsWith("Storage__", StringComparison.Ordinal)
        ? variable == "Storage__PostgreSql" ? "PostgreSql" : variable == "Storage__Provider" ? "Bogus" : "Memory"
        : "Memory";

    private static async Task AssertRefusedAsync(HostProcess host, string expected)
    {
        var exit = await host.WaitForExitAsync(Patience);

        var error = host.Error.Trim();
        Assert.True(exit == 2, $"exit {exit?.ToString() ?? "none (still running)"}; stderr: {error}");
        Assert.DoesNotContain('\n', error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), host.Output + host.Error);
    }

    private void WriteSettings(Func<string, string> edit)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "appsettings.json"))
            .Replace("\"Directory\": \"scenarios\"", $"\"Directory\": \"{Repo.Scenarios.Replace("\\", "\\\\", StringComparison.Ordinal)}\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder.Path, "appsettings.json"), edit(text));
    }

    // A line of a .NET stack trace: "   at Namespace.Type.Method(".
    [GeneratedRegex(@"(?m)^\s+at [\w.`<>]+\(")]
    private static partial Regex StackFrame();
}
