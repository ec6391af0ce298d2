namespace MiClientBot.Web.DirectLine;

/// <summary>A signed token and its lifetime in seconds, as Direct Line answers them.</summary>
internal sealed record IssuedToken(string Token, int ExpiresIn);
