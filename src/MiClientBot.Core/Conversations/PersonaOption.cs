using MiClientBot.Coding;

namespace MiClientBot.Core.Conversations;

/// <summary>One client on offer, with the command that starts it.</summary>
public sealed record PersonaOption(string Id, string Name, string Summary, IReadOnlyList<Language> Languages);
