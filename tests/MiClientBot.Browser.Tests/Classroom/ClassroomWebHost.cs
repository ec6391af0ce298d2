using MiClientBot.Browser.Tests.Support;
using MiClientBot.Web.Classroom;
using Microsoft.Extensions.DependencyInjection;

namespace MiClientBot.Browser.Tests.Classroom;

/// <summary>The web host with the instructor key set and sessions in memory, for a class in the browser.</summary>
public sealed class ClassroomWebHost : WebHost
{
    public const string Key = "browser-classroom-key-2026";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Storage:Provider", "Memory"),
        new("Instructor:Key", Key),
    ];

    // Known codes, so a run meets the same clients' lines as the last (the class's seed comes from its code).
    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton(new JoinCodes(new Random(2026).Next));
}
