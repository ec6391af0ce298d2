namespace MiClientBot.Core.Conversations;

/// <summary>Words of the tool itself (help, notices, errors), not of the client.</summary>
public sealed record ToolSaid(string Text) : ConversationOutput;
