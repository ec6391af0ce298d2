namespace MiClientBot.Core.Personas;

/// <summary>A persona's words in one language: the trainee's briefing and the client's reply banks.</summary>
public sealed record PersonaText(string Briefing, IReadOnlyDictionary<ReplyKind, IReadOnlyList<string>> Banks)
{
    /// <summary>The lines of one kind; empty when the persona has none (e.g. no system conflict).</summary>
    public IReadOnlyList<string> Lines(ReplyKind kind) => Banks.TryGetValue(kind, out var lines) ? lines : [];
}
