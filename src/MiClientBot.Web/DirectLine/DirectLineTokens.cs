using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: HS256 JWTs bound to one conversation and one user. JWTs because
/// Microsoft's client reads the `user` claim to learn the user id it must post as.
/// </summary>
internal sealed class DirectLineTokens
{
    public const string Issuer = "miclientbot/directline";
    public const string ConversationClaim = "conv";
    public const string UserClaim = "user";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false, SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;
    private readonly TokenValidationParameters _validation;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(TokenSigningKey key, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _time = time;
        _lifetime = options.Value.TokenLifetime;
        _credentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256);
        _validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Expiry is checked against the host's clock below, so that it can be told apart from a forgery.
            ValidateLifetime = false,
            RequireExpirationTime = true,
        };
    }

    public IssuedToken Issue(string conversationId, string userId)
    {
        var now = _time.GetUtcNow();
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(_lifetime).UtcDateTime,
            Subject = new ClaimsIdentity([new Claim(ConversationClaim, conversationId), new Claim(UserClaim, userId)]),
            SigningCredentials = _credentials,
        });
        return new IssuedToken(token, (int)_lifetime.TotalSeconds);
    }

    /// <summary>The token's grant, or why it grants nothing.</summary>
    public async Task<(DirectLineToken? Token, TokenProblem Problem)> ReadAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid
            || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversation)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var user))
        {
            return (null, TokenProblem.Invalid);
        }

        var expires = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        return expires <= _time.GetUtcNow()
            ? (null, TokenProblem.Expired)
            : (new DirectLineToken(conversation, user, expires), TokenProblem.None);
    }
}
