using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Turns;

/// <summary>
/// What a turn does to a conversation: from the stored state (null for a new conversation) to the next one and what
/// to say. It may run more than once (when another writer stored a turn in between), so it must not have side effects.
/// </summary>
internal delegate (ConversationState State, IReadOnlyList<ConversationOutput> Outputs) TurnFlow(ConversationState? current);
