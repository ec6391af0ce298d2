using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Storage;

/// <summary>A conversation's state as stored, with the version a write must name to replace it.</summary>
internal sealed record StoredConversation(ConversationState State, long Version);
