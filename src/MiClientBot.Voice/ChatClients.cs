using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;
using OpenAI.Chat;

namespace MiClientBot.Voice;

/// <summary>The <see cref="IChatClient"/> for a provider. Retries are off: the turn's timeout is the only budget.</summary>
internal static class ChatClients
{
    public static readonly Uri OllamaDefault = new("http://localhost:11434");

    public static IChatClient Create(VoiceOptions options)
    {
        var model = options.Model!.Trim();
        // The turn's own timeout cancels first; this only stops a connection from lingering after it.
        var network = options.Timeout + TimeSpan.FromSeconds(2);
        switch (options.ProviderName)
        {
            case VoiceProviders.Ollama:
                return new OllamaApiClient(new HttpClient { BaseAddress = options.EndpointUri ?? OllamaDefault, Timeout = network }, model);
            case VoiceProviders.AzureOpenAi:
                // Azure OpenAI's v1 API is OpenAI's: the OpenAI client at {resource}/openai/v1/, the deployment as the model.
                var azure = Settings(AzureV1(options.EndpointUri!), network);
                azure.AddPolicy(new ApiKeyHeader(options.ApiKey!), PipelinePosition.PerCall);
                return new ChatClient(model, new ApiKeyCredential(options.ApiKey!), azure).AsIChatClient();
            default:
                // A local server may want no key; the client insists on one, and a placeholder is harmless there.
                var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey;
                return new ChatClient(model, new ApiKeyCredential(key), Settings(options.EndpointUri!, network)).AsIChatClient();
        }
    }

    /// <summary>https://NAME.openai.azure.com/ becomes https://NAME.openai.azure.com/openai/v1/; an address already there stays.</summary>
    public static Uri AzureV1(Uri endpoint)
    {
        var path = endpoint.AbsolutePath.TrimEnd('/');
        return path.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase)
            ? new Uri(endpoint.GetLeftPart(UriPartial.Authority) + path + "/")
            : new Uri(endpoint.GetLeftPart(UriPartial.Authority) + path + "/openai/v1/");
    }

    private static OpenAIClientOptions Settings(Uri endpoint, TimeSpan network) => new()
    {
        Endpoint = endpoint,
        NetworkTimeout = network,
        RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
    };
}
