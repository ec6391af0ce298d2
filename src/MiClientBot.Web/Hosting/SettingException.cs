namespace MiClientBot.Web.Hosting;

/// <summary>A setting the host cannot use at start (a file it cannot create, a malformed connection string); the message names it and the fix.</summary>
internal sealed class SettingException : Exception
{
    public SettingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SettingException()
    {
    }

    public SettingException(string message)
        : base(message)
    {
    }
}
