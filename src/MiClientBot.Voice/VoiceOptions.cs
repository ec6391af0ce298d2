using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace MiClientBot.Voice;

/// <summary>
/// The "Voice" section (appsettings.json, environment variables such as Voice__Provider, user secrets):
/// which model, if any, phrases the client's replies. Off by default.
/// </summary>
public sealed class VoiceOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Voice";

    /// <summary>The user-secrets id the CLI and the web host share (dotnet user-secrets set --id miclientbot Voice:ApiKey ...).</summary>
    public const string UserSecretsId = "miclientbot";

    /// <summary>Seconds a turn waits for the model at most.</summary>
    public const double DefaultTimeoutSeconds = 6;

    private readonly List<string> _problems = [];

    /// <summary>none (the default), openai (any OpenAI-compatible server), azure-openai or ollama.</summary>
    public string Provider { get; set; } = VoiceProviders.None;

    /// <summary>The server: for openai the base address that /chat/completions is under (e.g. http://127.0.0.1:11434/v1).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model (for azure-openai: the deployment name).</summary>
    public string? Model { get; set; }

    /// <summary>The key, if the server wants one. Never logged; keep it in user secrets or the environment.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Seconds a turn waits for the model at most (default 6).</summary>
    public double TimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

    /// <summary>True when a model phrases replies.</summary>
    public bool IsOn => !string.Equals(ProviderName, VoiceProviders.None, StringComparison.Ordinal);

    /// <summary>The provider in lower case.</summary>
    public string ProviderName => (Provider ?? VoiceProviders.None).Trim().ToLowerInvariant() is { Length: > 0 } name ? name : VoiceProviders.None;

    /// <summary>The wait as a time span.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>
    /// Reads the section by hand, so a value that is not a number is a problem to report in one line,
    /// not a binder exception with a stack trace.
    /// </summary>
    public static void Bind(IConfiguration section, VoiceOptions options)
    {
        options.Provider = section[nameof(Provider)] ?? options.Provider;
        options.Endpoint = section[nameof(Endpoint)] ?? options.Endpoint;
        options.Model = section[nameof(Model)] ?? options.Model;
        options.ApiKey = section[nameof(ApiKey)] ?? options.ApiKey;
        if (section[nameof(TimeoutSeconds)] is { Length: > 0 } timeout)
        {
            if (double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                options.TimeoutSeconds = seconds;
            }
            else
            {
                options._problems.Add($"Voice:TimeoutSeconds '{timeout}' is not a number of seconds.");
            }
        }
    }

    /// <summary>Problems with the values, one line each, empty when valid. Never includes the key.</summary>
    public IEnumerable<string> Validate()
    {
        foreach (var problem in _problems)
        {
            yield return problem;
        }

        var provider = ProviderName;
        if (!VoiceProviders.All.Contains(provider))
        {
            yield return $"Voice:Provider '{Provider}' is not one of {string.Join(", ", VoiceProviders.All)}.";
            yield break;
        }

        if (!IsOn)
        {
            yield break;
        }

        if (provider != VoiceProviders.Ollama && string.IsNullOrWhiteSpace(Endpoint))
        {
            yield return provider == VoiceProviders.AzureOpenAi
                ? "Voice:Endpoint must be the Azure OpenAI resource's address, e.g. https://NAME.openai.azure.com/."
                : "Voice:Endpoint must be the OpenAI-compatible server's address, e.g. http://127.0.0.1:11434/v1.";
        }
        else if (!string.IsNullOrWhiteSpace(Endpoint) && EndpointUri is null)
        {
            yield return $"Voice:Endpoint '{Endpoint}' is not an http or https address.";
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return provider == VoiceProviders.AzureOpenAi
                ? "Voice:Model must name the Azure OpenAI deployment."
                : "Voice:Model must name the model.";
        }

        if (provider == VoiceProviders.AzureOpenAi && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return "Voice:ApiKey is required for azure-openai: set it in user secrets or the Voice__ApiKey environment variable.";
        }

        if (double.IsNaN(TimeoutSeconds) || TimeoutSeconds < 0.5 || TimeoutSeconds > 120)
        {
            yield return $"Voice:TimeoutSeconds must be between 0.5 and 120 (was {TimeoutSeconds.ToString(CultureInfo.InvariantCulture)}).";
        }
    }

    /// <summary>The endpoint as an absolute http(s) address; null when unset or not one.</summary>
    public Uri? EndpointUri =>
        Uri.TryCreate(Endpoint?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    /// <summary>No key here: options objects end up in debuggers and logs.</summary>
    public override string ToString() => $"Voice {ProviderName} {Model} {EndpointUri?.GetLeftPart(UriPartial.Path)}";
}
