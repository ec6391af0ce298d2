namespace MiClientBot.Voice;

/// <summary>The values of Voice:Provider.</summary>
public static class VoiceProviders
{
    /// <summary>No model: the scripted lines.</summary>
    public const string None = "none";

    /// <summary>Any OpenAI-compatible server (OpenAI, vLLM, Ollama's /v1, LM Studio): POST {Endpoint}/chat/completions.</summary>
    public const string OpenAi = "openai";

    /// <summary>An Azure OpenAI resource (the deployment in Voice:Model).</summary>
    public const string AzureOpenAi = "azure-openai";

    /// <summary>Ollama's own API (default http://localhost:11434).</summary>
    public const string Ollama = "ollama";

    /// <summary>Every value, in the order the docs list them.</summary>
    public static IReadOnlyList<string> All { get; } = [None, OpenAi, AzureOpenAi, Ollama];
}
