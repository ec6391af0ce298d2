using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Storage;

/// <summary>
/// What one turn stores: the new state, the trainee's display name (null: keep the stored one) and the
/// transcript lines the turn added. Stored together, so a turn that loses the race adds no lines.
/// </summary>
internal sealed record ConversationWrite(ConversationState State, string? Trainee, IReadOnlyList<TranscriptLine> Lines)
{
    public static ConversationWrite Of(ConversationState state) => new(state, null, []);
}
