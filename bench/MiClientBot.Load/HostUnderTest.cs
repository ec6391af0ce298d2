using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace MiClientBot.Load;

/// <summary>
/// The host as its own process on a free loopback port (Release build, diagnostics on, quiet logs),
/// so the figures are those of the real host and not of an in-process test server. Stopped by its PID.
/// </summary>
internal sealed class HostUnderTest : IAsyncDisposable
{
    private readonly Process? _process;

    private HostUnderTest(string url, Process? process)
    {
        Url = url;
        _process = process;
    }

    public string Url { get; }

    public int? ProcessId => _process?.Id;

    /// <summary>CPU time the host process has used so far; null for a host the tool did not start.</summary>
    public TimeSpan? CpuTime
    {
        get
        {
            if (_process is null)
            {
                return null;
            }

            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<HostUnderTest> StartOrTargetAsync(LoadOptions options, HttpClient probe)
    {
        if (options.Url is not null)
        {
            var target = new HostUnderTest(options.Url, null);
            await target.WaitHealthyAsync(probe);
            return target;
        }

        var root = RepoRoot();
        var dll = options.HostDll ?? Path.Combine(root, "src", "MiClientBot.Web", "bin", "Release", "net10.0", "MiClientBot.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The host is not built: {dll} (dotnet build -c Release).");
        }

        var url = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        var storage = options.Storage == "sqlite"
            ? $"--Storage:SqliteFile={Path.Combine(Path.GetTempPath(), $"miclientbot-load-{Guid.NewGuid():N}.db")}"
            : "--Storage:Provider=Memory";
        foreach (var arg in new[] { dll, "--urls", url, "--Diagnostics:Enabled=true", "--Logging:LogLevel:Default=Warning", storage })
        {
            info.ArgumentList.Add(arg);
        }

        // A fresh signing key in the environment, so the run writes no key file.
        info.Environment["DirectLine__TokenSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostUnderTest(url, process);
        await host.WaitHealthyAsync(probe);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private async Task WaitHealthyAsync(HttpClient probe)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it answered.");
            }

            try
            {
                using var response = await probe.GetAsync(Url + "/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host at {Url} did not answer /healthz within 60 s.");
    }

    // Warnings and errors only (the host runs with Warning): worth seeing next to the figures.
    private static void Forward(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine("host: " + line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MiClientBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("MiClientBot.sln not found above " + AppContext.BaseDirectory);
    }
}
