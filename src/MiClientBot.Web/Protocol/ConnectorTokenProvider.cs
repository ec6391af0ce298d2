using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// Client-credentials tokens for the connector, per app type: a secret against Entra (MultiTenant via
/// the botframework.com tenant, SingleTenant via the bot's tenant) or the user-assigned managed identity.
/// A token is reused until 5 minutes before it expires, so replies do not each pay a login.
/// </summary>
internal sealed class ConnectorTokenProvider : IConnectorTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _httpClients;
    private readonly BotCredentialsOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    // A singleton (the cache must outlive requests) that asks the factory for a client per login.
    public ConnectorTokenProvider(IHttpClientFactory httpClients, IOptions<BotCredentialsOptions> options, TimeProvider time)
    {
        _httpClients = httpClients;
        _options = options.Value;
        _time = time;
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_options.IsAnonymous)
        {
            return null;
        }

        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } again)
            {
                return again;
            }

            _cached = await FetchAsync(cancellationToken);
            return _cached.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Fresh(AccessToken? token) =>
        token is not null && token.ExpiresAt - RefreshMargin > _time.GetUtcNow() ? token.Value : null;

    private async Task<AccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = _options.IsManagedIdentity ? ManagedIdentityRequest() : SecretRequest();
        using var response = await _httpClients.CreateClient(nameof(ConnectorTokenProvider)).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException($"Token request to {request.RequestUri?.GetLeftPart(UriPartial.Path)} failed with {(int)response.StatusCode}.");
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = json.RootElement;
        var value = root.TryGetProperty("access_token", out var t) ? t.GetString() : null;
        if (string.IsNullOrEmpty(value))
        {
            throw new ConnectorException("The token response has no access_token.");
        }

        // Entra answers expires_in as a number, the managed-identity endpoint as a string.
        var seconds = root.TryGetProperty("expires_in", out var e)
            ? e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.Parse(e.GetString() ?? "0", CultureInfo.InvariantCulture)
            : 0;
        return new AccessToken(value, _time.GetUtcNow().AddSeconds(seconds));
    }

    private HttpRequestMessage SecretRequest()
    {
        var url = $"{_options.ToChannelFromBotLoginUrl.TrimEnd('/')}/{Uri.EscapeDataString(_options.TokenTenant)}/oauth2/v2.0/token";
        return new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _options.MicrosoftAppId!,
                ["client_secret"] = _options.MicrosoftAppPassword ?? string.Empty,
                ["scope"] = _options.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default",
            }),
        };
    }

    private HttpRequestMessage ManagedIdentityRequest()
    {
        var url = $"{_options.ManagedIdentityEndpoint}?api-version=2018-02-01&resource={Uri.EscapeDataString(_options.ToChannelFromBotOAuthScope)}&client_id={Uri.EscapeDataString(_options.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Metadata", "true");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
