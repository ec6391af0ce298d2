using System.Diagnostics;

namespace MiClientBot.Cli.Tests;

/// <summary>`mi-client` as a real process (`dotnet mi-client.dll`), for what only a real run shows: the exit code and every line it prints.</summary>
internal static class CliProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<(int Exit, string Output, string Error)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
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

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
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

        return (process.ExitCode, await output, await error);
    }
}
