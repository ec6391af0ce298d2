using System.Net;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>What the host does with its configuration when it starts (as a real process).</summary>
public sealed class StartupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_InvalidPersonaFile_RefusesToStartWithFileAndLine()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mi-web-personas-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "broken.yaml"), "id: broken\nname: Broken\nage: not-a-number\n");
        using var host = HostProcess.Start($"--Personas:Directory={dir}");

        var exit = await host.WaitForExitAsync(Patience);

        Assert.Equal(2, exit);
        Assert.Contains("broken.yaml:3: 'age' must be a number", host.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownAppType_RefusesToStartNamingTheSetting()
    {
        using var host = HostProcess.Start("--MicrosoftAppType=Anybody");

        var exit = await host.WaitForExitAsync(Patience);

        Assert.Equal(2, exit);
        Assert.Contains("MicrosoftAppType 'Anybody' must be MultiTenant, SingleTenant or UserAssignedMSI.", host.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoAppId_SaysRequestsAreAnonymous()
    {
        using var host = HostProcess.Start();

        Assert.True(await host.WaitForOutputAsync("accepts anonymous requests", Patience), host.Output + host.Error);
    }

    [Fact]
    public async Task GetHealth_RunningHost_Answers200()
    {
        await using var host = BotHost.Anonymous();

        var response = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
