using MiClientBot.Voice;

namespace MiClientBot.Web.Voice;

/// <summary>The model voice in the web host: the same Voice section and voice as the CLI, the turn step, the start-up notice.</summary>
internal static class VoiceRegistration
{
    public static IServiceCollection AddWebVoice(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddClientVoice(configuration.GetSection(VoiceOptions.Section));
        services.AddSingleton<VoiceTurns>();
        services.AddHostedService<VoiceStartup>();
        return services;
    }
}
