using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>What the host does with its configuration when it starts (as a real process).</summary>
public sealed class StartupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // A line of a .NET stack trace: "   at Namespace.Type.Method(".
    private const string StackFrame = @"(?m)^\s+at [\w.`<>]+\(";

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
    public async Task Start_PortAlreadyInUse_RefusesWithOneMessageNamingTheBusyPortAndAFreeOne()
    {
        // As when ./run.sh is started a second time: the first host keeps the port (and here the next one too).
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var next = TryListen(port + 1);
        using var host = HostProcess.Start($"--urls=http://127.0.0.1:{port}", "--Storage:Provider=Memory");

        var exit = await host.WaitForExitAsync(Patience);

        Assert.Equal(2, exit);
        var message = Regex.Match(host.Error.Trim(), @"^Failed to bind to address http://127\.0\.0\.1:(\d+): address already in use\. Another program \(perhaps MiClientBot itself\) is listening on port (\d+): stop it, or start this one on a free one, e\.g\. --urls http://localhost:(\d+)\.$");
        Assert.True(message.Success, host.Error);
        Assert.Equal(port.ToString(CultureInfo.InvariantCulture), message.Groups[2].Value);
        var suggested = int.Parse(message.Groups[3].Value, CultureInfo.InvariantCulture);
        Assert.True(suggested > port + (next is null ? 0 : 1), $"suggested {suggested}, busy {port}{(next is null ? string.Empty : " and " + (port + 1))}");
        Assert.DoesNotMatch(StackFrame, host.Output + host.Error);
        Assert.DoesNotContain("fail:", host.Output, StringComparison.Ordinal);
    }

    private static TcpListener? TryListen(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    [Fact]
    public async Task Start_UnknownAppType_PrintsNoStackTrace()
    {
        using var host = HostProcess.Start("--MicrosoftAppType=Anybody");

        Assert.Equal(2, await host.WaitForExitAsync(Patience));
        Assert.DoesNotMatch(StackFrame, host.Output + host.Error);
    }

    [Fact]
    public async Task Start_NoAppId_SaysInOneLineThatRequestsAreAnonymousAndRepliesStayOnThisMachine()
    {
        using var host = HostProcess.Start();

        Assert.True(await host.WaitForOutputAsync("accepts anonymous requests", Patience), host.Output + host.Error);
        var line = host.Output.Split('\n').Single(l => l.Contains("accepts anonymous requests", StringComparison.Ordinal));
        Assert.Contains("only to service URLs on this machine (loopback)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHealth_RunningHost_Answers200()
    {
        await using var host = BotHost.Anonymous();

        var response = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
