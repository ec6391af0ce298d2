using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MiClientBot.Browser.Tests.Support;

/// <summary>
/// The web host in this process on a free loopback port (Kestrel), as a browser reaches it. A fixture that needs more
/// (an instructor key, known join codes) derives and adds its settings and services.
/// </summary>
public class WebHost : IAsyncLifetime
{
    private Factory? _factory;

    /// <summary>The host's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Url { get; private set; } = string.Empty;

    public Task InitializeAsync()
    {
        _factory = new Factory(this);
        _factory.UseKestrel();
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Url = addresses.First().TrimEnd('/');
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    /// <summary>Settings beside the fixed token key.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() => [];

    /// <summary>Services that replace the host's own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    private sealed class Factory(WebHost owner) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // A free port on loopback, never the default 3978 a developer's host may hold.
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(
                owner.Settings().Prepend(KeyValuePair.Create<string, string?>(

                    // A fixed key: tests write no key file.
                    "DirectLine:TokenSigningKey", Convert.ToBase64String(new byte[32])))));
            builder.ConfigureLogging(logging => logging.ClearProviders());
            builder.ConfigureTestServices(owner.ConfigureServices);
        }
    }
}
