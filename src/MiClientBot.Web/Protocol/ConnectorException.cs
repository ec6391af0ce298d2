namespace MiClientBot.Web.Protocol;

/// <summary>The connector (or its login) could not be reached or refused a reply, after retries.</summary>
internal sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
