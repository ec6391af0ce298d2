namespace MiClientBot.Core.Personas;

/// <summary>A persona's words in one language: the trainee's briefing and the client's reply banks.</summary>
public sealed record PersonaText(string Briefing, IReadOnlyDictionary<ReplyKind, IReadOnlyList<string>> Banks)
{
    /// <summary>Answers per topic (see <see cref="Topics.AnswerTopics"/>); empty when the file gives none.</summary>
    public IReadOnlyDictionary<string, TopicAnswers> Answers { get; init; } = new Dictionary<string, TopicAnswers>();

    /// <summary>The answer topics in file order, so a line can be remembered by a small number.</summary>
    public IReadOnlyList<string> AnswerOrder { get; init; } = [];

    /// <summary>The lines of one kind; empty when the persona has none (e.g. no system conflict).</summary>
    public IReadOnlyList<string> Lines(ReplyKind kind) => Banks.TryGetValue(kind, out var lines) ? lines : [];
}
