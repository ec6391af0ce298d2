namespace MiClientBot.Core.Conversations;

/// <summary>A coaching hint: what happened to the balloon and a kind of move to try.</summary>
public sealed record CoachHint(string Text) : ConversationOutput;
