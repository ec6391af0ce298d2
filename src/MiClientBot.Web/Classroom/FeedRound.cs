using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Classroom;

/// <summary>The current round on the wall: the client's line, the balloon before any reply, and the replies so far.</summary>
internal sealed record FeedRound(int Number, string Source, string ClientLine, bool Open, MiStateSnapshot Balloon, int ReplyCount, IReadOnlyList<FeedGroup> Groups)
{
    /// <summary>For a drill round: the scene, shown above the helper's move and the client's line.</summary>
    public string? Scene { get; init; }

    /// <summary>For a drill round: the helper's first move the client answered.</summary>
    public string? Helper { get; init; }
}
