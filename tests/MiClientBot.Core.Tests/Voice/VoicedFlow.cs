using MiClientBot.Coding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;
using MiClientBot.Core.Voice;
using MiClientBot.Voice;

namespace MiClientBot.Core.Tests.Voice;

/// <summary>A voice registered as the hosts register it (AddClientVoice), over the shipped personas and a scripted coder.</summary>
internal static class VoicedFlow
{
    public static readonly ConversationFlow Flow = new(new ClientEngine(Catalogs.Scenarios, new ScriptedCoder()));

    public static ClientVoice Over(FakeModelServer server, double timeoutSeconds = 3) => Create(new()
    {
        ["Voice:Provider"] = "openai",
        ["Voice:Endpoint"] = server.BaseUrl,
        ["Voice:Model"] = "test-model",
        ["Voice:ApiKey"] = "sk-test-key",
        ["Voice:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public static ClientVoice Create(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton(Flow).AddClientVoice(configuration.GetSection(VoiceOptions.Section))
            .BuildServiceProvider().GetRequiredService<ClientVoice>();
    }

    /// <summary>Lasse in Norwegian, started with seed 1.</summary>
    public static ConversationState Lasse() => Flow.Start(new ConversationState(), "lasse", Language.Nb).State;
}
