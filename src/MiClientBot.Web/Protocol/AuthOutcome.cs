using System.Security.Claims;

namespace MiClientBot.Web.Protocol;

/// <summary>The result of checking a request's bearer token; <see cref="Identity"/> is null when rejected.</summary>
internal sealed record AuthOutcome(ClaimsIdentity? Identity, string? Failure, bool FromBotConnector)
{
    /// <summary>The channels the signing key is endorsed for (Bot Connector keys); null when the key names none.</summary>
    public IReadOnlyList<string>? Endorsements { get; init; }

    public bool Succeeded => Identity is not null;

    public static AuthOutcome Anonymous { get; } = new(new ClaimsIdentity(), null, false);

    public static AuthOutcome Reject(string why) => new(null, why, false);
}
