using MiClientBot.Coding;

namespace MiClientBot.Core.Conversations;

/// <summary>The welcome: choose a client and a language. Channels render it as a card or buttons.</summary>
public sealed record PersonaChoice(string Prompt, Language Preselected, IReadOnlyList<PersonaOption> Options) : ConversationOutput;
