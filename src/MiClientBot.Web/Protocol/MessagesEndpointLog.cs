namespace MiClientBot.Web.Protocol;

/// <summary>
/// The logger of <see cref="MessagesEndpoint"/>, made once: a static class cannot be an ILogger category type, and
/// asking the factory on every request takes its lock.
/// </summary>
internal sealed class MessagesEndpointLog
{
    public MessagesEndpointLog(ILoggerFactory loggers) => Logger = loggers.CreateLogger(typeof(MessagesEndpoint).FullName!);

    public ILogger Logger { get; }
}
