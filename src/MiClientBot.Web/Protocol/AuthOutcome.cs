using System.Security.Claims;

namespace MiClientBot.Web.Protocol;

/// <summary>The result of checking a request's bearer token; <see cref="Identity"/> is null when rejected.</summary>
internal sealed record AuthOutcome(ClaimsIdentity? Identity, string? Failure, bool FromBotConnector)
{
    public bool Succeeded => Identity is not null;

    public static AuthOutcome Anonymous { get; } = new(new ClaimsIdentity(), null, false);

    public static AuthOutcome Reject(string why) => new(null, why, false);
}
