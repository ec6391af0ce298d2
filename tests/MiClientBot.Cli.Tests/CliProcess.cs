using System.Diagnostics;

namespace MiClientBot.Cli.Tests;

/// <summary>
/// `mi-client` as a real process (`dotnet mi-client.dll`), for what only a real run shows: the exit code, every line it
/// prints, configuration read from the environment, and how long it took.
/// </summary>
internal static class CliProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static async Task<(int Exit, string Output, string Error, TimeSpan Elapsed)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, string input, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mi-client.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A voice configured on the developer's machine must not reach a test that did not ask for one.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("Voice__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mi-client {string.Join(' ', args)} did not end within {Patience}.");
        }

        watch.Stop();
        return (process.ExitCode, await output, await error, watch.Elapsed);
    }
}
