namespace MiClientBot.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;

    /// <summary>Bad usage: unknown persona, language, file or option value.</summary>
    public const int Usage = 2;
}
