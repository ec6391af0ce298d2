using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using MiClientBot.Web.Classroom;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MiClientBot.Browser.Tests.Classroom;

/// <summary>The web host on a free loopback port with the instructor key set and sessions in memory, for a class in the browser.</summary>
public sealed class ClassroomWebHost : IAsyncLifetime
{
    public const string Key = "browser-classroom-key-2026";

    private Factory? _factory;

    public string Url { get; private set; } = string.Empty;

    public Task InitializeAsync()
    {
        _factory = new Factory();
        _factory.UseKestrel();
        _factory.StartServer();
        Url = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]),
                ["Storage:Provider"] = "Memory",
                ["Instructor:Key"] = Key,
            }));
            builder.ConfigureLogging(logging => logging.ClearProviders());

            // Known codes, so a run meets the same clients' lines as the last (the class's seed comes from its code).
            builder.ConfigureTestServices(services => services.AddSingleton(new JoinCodes(new Random(2026).Next)));
        }
    }
}
