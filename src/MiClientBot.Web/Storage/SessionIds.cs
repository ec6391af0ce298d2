using System.Security.Cryptography;
using System.Text;

namespace MiClientBot.Web.Storage;

/// <summary>
/// The id of a conversation in instructor URLs: a hash of its store key, because channel conversation
/// ids are long, contain '/', ':' and ';', and should not appear in links shown on a projector.
/// </summary>
internal static class SessionIds
{
    public static string Of(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
}
