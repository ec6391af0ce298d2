using Microsoft.Playwright;

namespace MiClientBot.Browser.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright (Playwright's own browser download does not work here);
/// test.sh installs the package.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string Artifacts { get; } = CreateArtifacts();

    public async Task InitializeAsync()
    {
        var executable = FindOnPath("chromium")
            ?? throw new InvalidOperationException("chromium is not installed: run ./test.sh (it installs Debian's chromium) or apt-get install chromium.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string CreateArtifacts()
    {
        var dir = Path.Combine(Repo.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
