using System.Net;
using System.Net.Http.Json;
using System.Text;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Diagnostics;

/// <summary>The endpoints the load tool measures against: off unless configured, and then an exact echo and heap figures.</summary>
public sealed class DiagnosticsEndpointTests
{
    [Fact]
    public async Task Echo_NotConfigured_Returns404()
    {
        await using var host = BotHost.Anonymous();

        using var response = await host.CreateClient().PostAsync("/diagnostics/echo", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Echo_Enabled_ReturnsTheBodyUnchanged()
    {
        await using var host = new BotHost(new() { ["Diagnostics:Enabled"] = "true" });
        const string body = "{\"type\":\"message\",\"text\":\"Hei på deg 👋\"}";

        using var response = await host.CreateClient().PostAsync("/diagnostics/echo", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Memory_Enabled_ReturnsLiveHeapBytes()
    {
        await using var host = new BotHost(new() { ["Diagnostics:Enabled"] = "true" });

        var figures = await host.CreateClient().GetFromJsonAsync<Dictionary<string, long>>("/diagnostics/memory");

        Assert.True(figures!["liveBytes"] > 0);
        Assert.True(figures["heapBytes"] >= figures["liveBytes"] / 2);
    }
}
