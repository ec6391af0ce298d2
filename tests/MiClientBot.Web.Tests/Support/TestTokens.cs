using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MiClientBot.Web.Tests.Support;

/// <summary>Tokens signed with an RSA key made for the test run, shaped like the Bot Connector's.</summary>
internal sealed class TestTokens : IDisposable
{
    public const string BotConnectorIssuer = "https://api.botframework.com";
    public const string KeyId = "test-key-1";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _otherRsa = RSA.Create(2048);

    /// <summary>The public key as the OpenID keys endpoint publishes it.</summary>
    public JsonObject Jwk
    {
        get
        {
            var p = _rsa.ExportParameters(false);
            return new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                ["endorsements"] = new JsonArray("msteams", "webchat"),
            };
        }
    }

    /// <summary>A signed token; <paramref name="serviceUrl"/> null leaves the serviceurl claim out, as Entra tokens may.</summary>
    public string Create(string audience, string? serviceUrl, string issuer = BotConnectorIssuer, DateTime? expires = null, bool foreignKey = false)
    {
        var until = expires ?? DateTime.UtcNow.AddHours(1);
        var key = new RsaSecurityKey(foreignKey ? _otherRsa : _rsa) { KeyId = KeyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = until.AddHours(-1),
            NotBefore = until.AddHours(-1),
            Expires = until,
            Subject = new ClaimsIdentity(serviceUrl is null ? [] : [new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token with "alg": "none" and no signature.</summary>
    public static string Unsigned(string audience, string serviceUrl)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{Part("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Part($"{{\"iss\":\"{BotConnectorIssuer}\",\"aud\":\"{audience}\",\"serviceurl\":\"{serviceUrl}\",\"exp\":{exp}}}")}.";
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _otherRsa.Dispose();
    }
}
