namespace MiClientBot.Web.Protocol;

/// <summary>
/// The bot's identity, read from the root of appsettings.json under the names Azure Bot users know.
/// Without <see cref="MicrosoftAppId"/> the bot runs anonymously (local use: no inbound tokens, no outbound token).
/// </summary>
internal sealed class BotCredentialsOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = MultiTenant;

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Connector service (other clouds, or a local stand-in in tests).</summary>
    public string BotOpenIdMetadata { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra OpenID metadata; {tenant} is replaced by the bot's tenant.</summary>
    public string EntraOpenIdMetadata { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Where the bot gets its client-credentials token to call the connector.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The resource the connector token is for.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>The managed-identity token endpoint (Azure Instance Metadata Service).</summary>
    public string ManagedIdentityEndpoint { get; set; } = "http://169.254.169.254/metadata/identity/oauth2/token";

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsManagedIdentity => string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant whose login issues connector tokens: botframework.com for multi-tenant bots.</summary>
    public string TokenTenant => string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase)
        ? "botframework.com"
        : MicrosoftAppTenantId ?? string.Empty;

    /// <summary>Problems with the values, empty when valid.</summary>
    public IEnumerable<string> Validate()
    {
        if (!string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase)
            && !IsManagedIdentity)
        {
            yield return $"MicrosoftAppType '{MicrosoftAppType}' must be MultiTenant, SingleTenant or UserAssignedMSI.";
        }

        if (IsAnonymous)
        {
            yield break;
        }

        if (!IsManagedIdentity && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return $"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {MicrosoftAppType}.";
        }

        if (!string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return $"MicrosoftAppTenantId is required for MicrosoftAppType {MicrosoftAppType}.";
        }

        foreach (var (name, value) in new[]
        {
            (nameof(BotOpenIdMetadata), BotOpenIdMetadata), (nameof(ToChannelFromBotLoginUrl), ToChannelFromBotLoginUrl),
            (nameof(ManagedIdentityEndpoint), ManagedIdentityEndpoint),
        })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                yield return $"{name} '{value}' must be an absolute URL.";
            }
        }
    }
}
