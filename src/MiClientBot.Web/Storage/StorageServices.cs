using MiClientBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Storage;

/// <summary>Registers the configured store (SQLite, PostgreSQL or memory), its migration at start, /forget and the retention sweep.</summary>
internal static class StorageServices
{
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>>(new OptionsProblems<StorageOptions>(o => o.Validate()));
        services.AddSingleton(sp => StorageBackend.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<RootSettings>().BaseDirectory,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<StorageBackend>().Store);
        services.AddSingleton(sp => sp.GetRequiredService<StorageBackend>().Archive);
        services.AddSingleton<ForgetCommand>();

        // Migration first: hosted services start in order, so the sweep never meets a missing table.
        services.AddHostedService<StorageStartup>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        return services;
    }
}
