namespace MiClientBot.Core.Personas;

/// <summary>One problem found in a scenario file, located by file and line.</summary>
public sealed record PersonaIssue(string File, int Line, string Problem)
{
    /// <summary>"file:line: problem", the form editors and CI logs link to.</summary>
    public override string ToString() => $"{File}:{Line}: {Problem}";
}
