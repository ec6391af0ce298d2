using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Instructor;

/// <summary>
/// Who may see the instructor view: a request that carries the key (X-Instructor-Key header or
/// Authorization: Bearer, for scripts) or the login cookie (for the browser). The cookie holds an HMAC
/// of the key, not the key: it works on every host that shares the key, survives restarts, and dies
/// when the key is changed.
/// </summary>
internal sealed class InstructorAuth
{
    public const string HeaderName = "X-Instructor-Key";
    public const string CookieName = "mi_instructor";

    private readonly byte[]? _key;
    private readonly string? _cookie;

    public InstructorAuth(IOptions<InstructorOptions> options)
    {
        if (options.Value.Enabled)
        {
            _key = Encoding.UTF8.GetBytes(options.Value.Key!);
            _cookie = Convert.ToBase64String(HMACSHA256.HashData(_key, "miclientbot-instructor-cookie-v1"u8)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }

    public bool Enabled => _key is not null;

    /// <summary>The login cookie's value for the configured key.</summary>
    public string CookieValue => _cookie ?? throw new InvalidOperationException("The instructor view is off.");

    public bool IsKey(string? candidate) =>
        _key is not null && candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _key);

    public bool Accepts(HttpRequest request)
    {
        if (_key is null)
        {
            return false;
        }

        if (IsKey(request.Headers[HeaderName].ToString()))
        {
            return true;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && IsKey(authorization["Bearer ".Length..].Trim()))
        {
            return true;
        }

        return request.Cookies.TryGetValue(CookieName, out var cookie)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(_cookie!));
    }
}
