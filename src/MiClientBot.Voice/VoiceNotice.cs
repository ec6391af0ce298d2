namespace MiClientBot.Voice;

/// <summary>The one line a host or the CLI says at start-up about where conversation text goes.</summary>
public static class VoiceNotice
{
    /// <summary>Where text will be sent, in one line; never the key.</summary>
    public static string Describe(VoiceOptions options)
    {
        if (!options.IsOn)
        {
            return "Voice: off (Voice:Provider none): the client says the scripted lines and no conversation text leaves this machine.";
        }

        var where = options.ProviderName == VoiceProviders.Ollama && options.EndpointUri is null
            ? ChatClients.OllamaDefault
            : options.ProviderName == VoiceProviders.AzureOpenAi ? ChatClients.AzureV1(options.EndpointUri!) : options.EndpointUri!;
        return $"Voice: {options.ProviderName} model '{options.Model?.Trim()}' at {where.GetLeftPart(UriPartial.Path)} phrases the client's replies: "
            + $"each turn sends the persona, its facts for the topic, the last turns and the trainee's words there (at most {options.TimeoutSeconds:0.#} s, then the scripted line).";
    }
}
