namespace MiClientBot.Web.Protocol;

/// <summary>
/// Lists in an activity must hold what the protocol says they hold. A null where an object belongs (or a member without
/// an id) cannot come from a real channel and would fail deep in the bot; refused at the door it is a 400, which a
/// channel does not resend, instead of a 5xx, which it would resend forever.
/// </summary>
internal static class ActivityShape
{
    /// <summary>What is malformed, or null when the lists are well formed.</summary>
    public static string? Problem(Activity activity) =>
        NullAt(activity.Attachments, "attachments")
        ?? NullAt(activity.Entities, "entities")
        ?? NullAt(activity.SuggestedActions?.Actions, "suggestedActions.actions")
        ?? Members(activity.MembersAdded, "membersAdded")
        ?? Members(activity.MembersRemoved, "membersRemoved");

    private static string? Members(IReadOnlyList<ChannelAccount>? members, string name)
    {
        if (NullAt(members, name) is { } problem)
        {
            return problem;
        }

        for (var i = 0; i < (members?.Count ?? 0); i++)
        {
            if (string.IsNullOrEmpty(members![i].Id))
            {
                return $"{name}[{i}] has no id.";
            }
        }

        return null;
    }

    private static string? NullAt<T>(IReadOnlyList<T>? items, string name)
        where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is null)
            {
                return $"{name}[{i}] is null.";
            }
        }

        return null;
    }
}
