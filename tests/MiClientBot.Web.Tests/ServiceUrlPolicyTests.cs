using Microsoft.Extensions.Options;
using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.Tests;

/// <summary>Which service URLs Connector:AllowedServiceUrls lets an anonymous bot post to (whole host, port and path segments).</summary>
public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Policy = new(Options.Create(new ConnectorOptions
    {
        AllowedServiceUrls = ["https://smba.trafficmanager.net/emea/", "http://bots.example.org:8080"],
    }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("https://SMBA.trafficmanager.net/emea/v3/")]
    [InlineData("http://bots.example.org:8080/any/path/")]
    [InlineData("http://localhost:53123/")]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://[::1]:3978/")]
    public void LocalOrAllowed_LoopbackOrUnderAnAllowedUrl_IsAllowed(string serviceUrl) =>
        Assert.True(Policy.LocalOrAllowed(serviceUrl));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/emeaevil/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/emea/")]
    [InlineData("http://bots.example.org/")]
    [InlineData("http://169.254.169.254/metadata/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void LocalOrAllowed_ElsewhereOrNotAUrl_IsRefused(string? serviceUrl) =>
        Assert.False(Policy.LocalOrAllowed(serviceUrl));
}
