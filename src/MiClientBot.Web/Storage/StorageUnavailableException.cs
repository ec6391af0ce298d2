namespace MiClientBot.Web.Storage;

/// <summary>The session store could not be opened or migrated at start; the message says which and what to check.</summary>
internal sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }
}
