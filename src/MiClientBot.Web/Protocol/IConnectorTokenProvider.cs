namespace MiClientBot.Web.Protocol;

/// <summary>The bearer token for calls to the connector; null when the bot runs anonymously.</summary>
internal interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
