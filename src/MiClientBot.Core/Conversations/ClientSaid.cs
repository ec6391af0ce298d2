namespace MiClientBot.Core.Conversations;

/// <summary>The simulated client's words.</summary>
public sealed record ClientSaid(string Name, string Text) : ConversationOutput;
