using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Voice;

namespace MiClientBot.Voice;

/// <summary>Registers the model voice: the Voice options (validated on start), the chat client and the <see cref="ClientVoice"/>.</summary>
public static class VoiceServices
{
    /// <summary>
    /// Adds <see cref="ClientVoice"/> over the registered <see cref="ConversationFlow"/>. The
    /// <see cref="IChatClient"/> is registered the usual way (AddChatClient) and made only when a provider is set.
    /// </summary>
    public static IServiceCollection AddClientVoice(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<VoiceOptions>().Configure(o => VoiceOptions.Bind(section, o)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VoiceOptions>, VoiceOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<VoiceCounts>();
        services.AddChatClient(sp => ChatClients.Create(sp.GetRequiredService<IOptions<VoiceOptions>>().Value));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<VoiceOptions>>().Value;
            var phraser = options.IsOn ? new ChatPhraser(sp.GetRequiredService<IChatClient>(), options.Model!.Trim()) : null;
            return new ClientVoice(
                sp.GetRequiredService<ConversationFlow>(), phraser, options.Timeout, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<VoiceCounts>());
        });
        return services;
    }
}
