using System.Diagnostics;

namespace MiClientBot.Cli.Tests;

/// <summary>run.sh and test.sh on a machine without the .NET 10 SDK: they say how to install it, in one line.</summary>
public sealed class ScriptTests : IDisposable
{
    private readonly string _bin = Path.Combine(Path.GetTempPath(), "mi-nodotnet-" + Guid.NewGuid().ToString("N"));

    public ScriptTests()
    {
        // A PATH with only what the scripts need before they look for dotnet, and a HOME without ~/.dotnet.
        Directory.CreateDirectory(_bin);
        foreach (var tool in new[] { "dirname", "grep" })
        {
            File.CreateSymbolicLink(Path.Combine(_bin, tool), Path.Combine("/usr/bin", tool));
        }
    }

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    [Theory]
    [InlineData("run.sh")]
    [InlineData("test.sh")]
    public async Task Script_NoDotnetOnPath_ExitsOneSayingHowToInstallTheSdk(string script)
    {
        var info = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(Repo.Root, script));
        info.Environment["PATH"] = _bin;
        info.Environment["HOME"] = _bin;

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{script}: the .NET 10 SDK is required (dotnet not found on PATH).", line, StringComparison.Ordinal);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", line, StringComparison.Ordinal);
        Assert.Contains("packages.microsoft.com", line, StringComparison.Ordinal);
    }
}
