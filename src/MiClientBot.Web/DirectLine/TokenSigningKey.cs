using MiClientBot.Web.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// The key Direct Line tokens are signed with: from configuration, else from the key file, else a new
/// random key written to the key file (owner-only), so tokens a browser holds survive a restart.
/// </summary>
internal sealed class TokenSigningKey
{
    public TokenSigningKey(IOptions<DirectLineOptions> options, RootSettings settings, ILogger<TokenSigningKey> log)
    {
        var configured = options.Value.TokenSigningKey;
        var bytes = string.IsNullOrEmpty(configured) ? FromKeyFile(options.Value.KeyFile, settings, log) : DirectLineOptions.DecodeKey(configured)!;
        Key = new SymmetricSecurityKey(bytes) { KeyId = "directline" };
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] FromKeyFile(string keyFile, RootSettings settings, ILogger log)
    {
        var path = Path.GetFullPath(Path.Combine(settings.BaseDirectory, keyFile));
        try
        {
            return LoadOrCreate(path, log);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new SettingException(
                $"DirectLine:KeyFile '{keyFile}' cannot be used: {e.Message.TrimEnd('.')} ({path}). Name a file in a folder this user may create and write, relative to appsettings.json, or set DirectLine:TokenSigningKey.", e);
        }
    }

    private static byte[] LoadOrCreate(string path, ILogger log)
    {
        if (Read(path) is { } existing)
        {
            return existing;
        }

        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(DirectLineOptions.MinKeyBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        // Written whole, then moved into place: two hosts starting at once agree on the first key.
        try
        {
            File.Move(temporary, path, overwrite: File.Exists(path) && Read(path) is null);
        }
        catch (IOException) when (Read(path) is { } other)
        {
            File.Delete(temporary);
            return other;
        }

        log.LogInformation("Generated a Direct Line token signing key in {File}.", path);
        return key;
    }

    private static byte[]? Read(string path) =>
        File.Exists(path) && DirectLineOptions.DecodeKey(File.ReadAllText(path)) is { Length: >= DirectLineOptions.MinKeyBytes } key ? key : null;
}
