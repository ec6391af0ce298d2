namespace MiClientBot.Web.Protocol;

/// <summary>A token and the moment it stops being valid.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
