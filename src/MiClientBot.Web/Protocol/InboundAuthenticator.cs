using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// Checks the bearer token on requests to the messaging endpoint, following the Bot Connector
/// authentication rules: a trusted issuer (Bot Connector, or Entra for the bot's tenant) whose
/// published key signed the token, audience = the bot's app id, and a lifetime with 5 minutes' skew.
/// </summary>
internal sealed class InboundAuthenticator
{
    public const string BotConnectorIssuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    private readonly BotCredentialsOptions _options;
    private readonly OpenIdMetadata _metadata;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public InboundAuthenticator(IOptions<BotCredentialsOptions> options, OpenIdMetadata metadata, TimeProvider time)
    {
        _options = options.Value;
        _metadata = metadata;
        _time = time;
    }

    public bool Enabled => !_options.IsAnonymous;

    public async Task<AuthOutcome> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return AuthOutcome.Anonymous;
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Reject("No bearer token.");
        }

        var token = authorization["Bearer ".Length..].Trim();
        string issuer;
        try
        {
            issuer = _handler.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return AuthOutcome.Reject("The token is not a JWT.");
        }

        var fromConnector = string.Equals(issuer, BotConnectorIssuer, StringComparison.Ordinal);
        var entraIssuers = EntraIssuers();
        if (!fromConnector && !entraIssuers.Contains(issuer, StringComparer.Ordinal))
        {
            return AuthOutcome.Reject($"Issuer '{issuer}' is not trusted.");
        }

        var keys = fromConnector ? _metadata.BotConnector : _metadata.Entra;
        var (result, configuration) = await ValidateAsync(token, keys, fromConnector ? [BotConnectorIssuer] : entraIssuers, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: a token signed with a key we have not seen yet triggers one refresh.
            keys.RequestRefresh();
            (result, configuration) = await ValidateAsync(token, keys, fromConnector ? [BotConnectorIssuer] : entraIssuers, cancellationToken);
        }

        return result.IsValid
            ? new AuthOutcome(result.ClaimsIdentity, null, fromConnector) { Endorsements = Endorsements(configuration, result.SecurityToken) }
            : AuthOutcome.Reject(result.Exception?.Message ?? "The token is not valid.");
    }

    /// <summary>
    /// The Bot Connector endorses each signing key for certain channels; a token signed with a key
    /// not endorsed for the activity's channel is refused, as the connector's documentation asks.
    /// </summary>
    public static bool ChannelEndorsed(AuthOutcome outcome, string? channelId) =>
        outcome.Endorsements is null || (channelId is not null && outcome.Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// A channel's token names the service URL it may be answered at; an activity asking for replies
    /// elsewhere is refused, so a stolen token cannot redirect the bot's replies (and its connector token).
    /// A token without the claim vouches for no URL: Bot Connector tokens always carry it, and an Entra token
    /// without it (e.g. the Emulator's) is answered only at a URL on Connector:AllowedServiceUrls.
    /// </summary>
    public static bool ServiceUrlMatches(AuthOutcome outcome, string? serviceUrl)
    {
        var claim = outcome.Identity?.FindFirst(ServiceUrlClaim)?.Value;
        return claim is not null && serviceUrl is not null
            && string.Equals(claim.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    private string[] EntraIssuers() => string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId)
        ? []
        : [$"https://sts.windows.net/{_options.MicrosoftAppTenantId}/", $"https://login.microsoftonline.com/{_options.MicrosoftAppTenantId}/v2.0"];

    private static List<string>? Endorsements(OpenIdConnectConfiguration? configuration, SecurityToken? token)
    {
        var kid = (token as JsonWebToken)?.Kid;
        var key = configuration?.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.ToString())],
            IEnumerable<object> items => [.. items.Select(i => i.ToString() ?? string.Empty)],
            _ => null,
        };
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration? Configuration)> ValidateAsync(
        string token, IConfigurationManager<OpenIdConnectConfiguration> keys, string[] issuers, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await keys.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            return (new TokenValidationResult { IsValid = false, Exception = e }, null);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = Skew,
            LifetimeValidator = ValidLifetime,
        };
        return (await _handler.ValidateTokenAsync(token, parameters), configuration);
    }

    // Our own lifetime check so that the injected clock decides what "now" is.
    private bool ValidLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is not null
            && now <= expires.Value.ToUniversalTime() + Skew
            && (notBefore is null || now >= notBefore.Value.ToUniversalTime() - Skew);
    }
}
