namespace MiClientBot.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;

    /// <summary>Bad usage: unknown persona, language, file or option value.</summary>
    public const int Usage = 2;

    /// <summary>A mistake in appsettings.json or a persona file: the code the web host refuses to start with, too.</summary>
    public const int Configuration = 2;
}
