using MiClientBot.Coding;
namespace MiClientBot.Core.Evaluation;

/// <summary>One question of a relevance set: asked as the first move of a fresh session.</summary>
/// <param name="File">The set file and line, for messages.</param>
/// <param name="PersonaId">The client asked.</param>
/// <param name="Language">The session language.</param>
/// <param name="Topic">The topic the question is about.</param>
/// <param name="Must">A case-insensitive pattern every fitting answer matches.</param>
/// <param name="Question">The trainee's words.</param>
public sealed record RelevanceQuestion(string File, string PersonaId, Language Language, string Topic, string Must, string Question);
