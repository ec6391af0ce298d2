namespace MiClientBot.Web.Classroom;

/// <summary>A class request that cannot be done as asked (a client mistake, never a host failure).</summary>
internal sealed class ClassroomException : Exception
{
    public ClassroomException(ClassError error, string detail, params object[] args)
        : base(detail)
    {
        Error = error;
        Args = args;
    }

    public ClassroomException()
    {
    }

    public ClassroomException(string message)
        : base(message)
    {
    }

    public ClassroomException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ClassError Error { get; }

    /// <summary>The figures the message names (e.g. the reply's length and the limit), for the chat's own words.</summary>
    public IReadOnlyList<object> Args { get; } = [];
}
