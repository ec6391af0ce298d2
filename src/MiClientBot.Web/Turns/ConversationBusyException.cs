namespace MiClientBot.Web.Turns;

/// <summary>A turn lost the race for its conversation more often than it may retry.</summary>
internal sealed class ConversationBusyException : Exception
{
    public ConversationBusyException()
    {
    }

    public ConversationBusyException(string message)
        : base(message)
    {
    }

    public ConversationBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
