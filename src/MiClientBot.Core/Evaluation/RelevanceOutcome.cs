namespace MiClientBot.Core.Evaluation;

/// <summary>How the client answered one relevance question.</summary>
/// <param name="Question">The question.</param>
/// <param name="Reply">The client's reply.</param>
/// <param name="TopicRead">The topic the reader found, if any.</param>
/// <param name="Fits">True when the reply matches the question's pattern.</param>
public sealed record RelevanceOutcome(RelevanceQuestion Question, string Reply, string? TopicRead, bool Fits);
