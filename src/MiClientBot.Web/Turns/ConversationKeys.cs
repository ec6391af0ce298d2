using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.Turns;

/// <summary>The store key of a conversation and the seed of its role-plays.</summary>
internal static class ConversationKeys
{
    public static string Of(string? channelId, string conversationId) => $"{channelId ?? "unknown"}:{conversationId}";

    /// <summary>The key of the conversation an activity (already checked to name one) belongs to.</summary>
    public static string Of(Activity activity) => Of(activity.ChannelId, activity.Conversation!.Id!);

    /// <summary>
    /// A seed that stays the same for a conversation (replay and undo need that) but differs between
    /// conversations, so trainees do not all meet the same opening lines. FNV-1a: stable across runs.
    /// </summary>
    public static long Seed(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)(hash & 0x7FFF_FFFF_FFFF);
    }
}
