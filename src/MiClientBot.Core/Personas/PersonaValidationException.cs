namespace MiClientBot.Core.Personas;

/// <summary>Thrown when scenario files are invalid; the message lists every problem as file:line: problem.</summary>
public sealed class PersonaValidationException : Exception
{
    public PersonaValidationException(IReadOnlyList<PersonaIssue> issues)
        : base("Invalid persona files:" + Environment.NewLine + string.Join(Environment.NewLine, issues))
    {
        Issues = issues;
    }

    public PersonaValidationException()
        : this([])
    {
    }

    public PersonaValidationException(string message)
        : base(message)
    {
        Issues = [];
    }

    public PersonaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Issues = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PersonaIssue> Issues { get; } = [];
}
