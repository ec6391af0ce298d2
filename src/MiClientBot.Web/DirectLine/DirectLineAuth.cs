using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.DirectLine;

/// <summary>Reads the caller from `Authorization: Bearer SECRET_OR_TOKEN` (or the stream URL's `t`).</summary>
internal sealed class DirectLineAuth
{
    private readonly DirectLineTokens _tokens;
    private readonly byte[]? _secret;

    public DirectLineAuth(DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        _tokens = tokens;
        _secret = options.Value.RequiresSecret ? Encoding.UTF8.GetBytes(options.Value.Secret!) : null;
    }

    public bool RequiresSecret => _secret is not null;

    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>The caller, or the answer that refuses it (401 without credentials, 403 for bad or expired ones).</summary>
    public async Task<(DirectLineCaller? Caller, IResult? Refusal)> AuthenticateAsync(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return (null, DirectLineErrors.MissingAuthorization());
        }

        if (IsSecret(credential))
        {
            return (new DirectLineCaller(true, null), null);
        }

        var (token, problem) = await _tokens.ReadAsync(credential);
        return problem switch
        {
            TokenProblem.None => (new DirectLineCaller(false, token), null),
            TokenProblem.Expired => (null, DirectLineErrors.Expired()),
            _ => (null, DirectLineErrors.Forbidden("The token is not valid here.")),
        };
    }

    public bool IsSecret(string? credential) =>
        _secret is not null && credential is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret);
}
