namespace MiClientBot.Web.DirectLine;

/// <summary>The "DirectLine" section of appsettings.json: the host's own Direct Line 3.0 endpoint for the web page.</summary>
internal sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The shortest signing key accepted: HMAC-SHA256 wants at least 256 bits.</summary>
    public const int MinKeyBytes = 32;

    /// <summary>
    /// When set, only a client that presents it (Authorization: Bearer SECRET) gets tokens; the web page
    /// asks for it as an access code. Empty: anyone who reaches the host may chat (local use).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// The HMAC key that signs tokens, base64 (at least 32 bytes). Empty: a key is generated once and
    /// kept in <see cref="KeyFile"/>, so tokens stay valid across restarts.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Where a generated signing key is kept, relative to the folder of appsettings.json.</summary>
    public string KeyFile { get; set; } = ".data/directline-token.key";

    /// <summary>How long a token is valid; clients refresh it before then (Direct Line's own is 30 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public bool RequiresSecret => !string.IsNullOrEmpty(Secret);

    public IEnumerable<string> Validate()
    {
        if (TokenLifetime < TimeSpan.FromMinutes(1) || TokenLifetime > TimeSpan.FromDays(1))
        {
            yield return $"DirectLine:TokenLifetime '{TokenLifetime}' must be between 00:01:00 and 1.00:00:00.";
        }

        if (!string.IsNullOrEmpty(TokenSigningKey) && (DecodeKey(TokenSigningKey) is not { Length: >= MinKeyBytes }))
        {
            yield return $"DirectLine:TokenSigningKey must be base64 of at least {MinKeyBytes} bytes (e.g. `openssl rand -base64 32`).";
        }

        if (string.IsNullOrEmpty(TokenSigningKey) && string.IsNullOrWhiteSpace(KeyFile))
        {
            yield return "DirectLine:KeyFile must name a file when DirectLine:TokenSigningKey is empty.";
        }

        if (Secret is { Length: > 0 and < 16 })
        {
            yield return "DirectLine:Secret must be at least 16 characters long, or empty.";
        }
    }

    public static byte[]? DecodeKey(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
