namespace MiClientBot.Core.Conversations;

/// <summary>Something the conversation says back; each channel renders it its own way.</summary>
public abstract record ConversationOutput;
