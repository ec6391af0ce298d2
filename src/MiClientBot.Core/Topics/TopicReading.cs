namespace MiClientBot.Core.Topics;

/// <summary>What the trainee asked or reflected about.</summary>
/// <param name="Topic">The answer topic, or null when the words name none (a generic invitation).</param>
/// <param name="Ask">The kind of ask.</param>
/// <param name="Numbers">Numbers 0..10 the trainee named, in order (scale follow-ups).</param>
public sealed record TopicReading(string? Topic, AskKind Ask, IReadOnlyList<int> Numbers)
{
    /// <summary>Nothing recognised.</summary>
    public static TopicReading None { get; } = new(null, AskKind.None, []);

    /// <summary>True when the words ask something (a question or a request to tell).</summary>
    public bool IsAsk => Ask is not (AskKind.None or AskKind.Reflection);
}
