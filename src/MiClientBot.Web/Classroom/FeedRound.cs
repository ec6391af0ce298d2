using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Classroom;

/// <summary>The current round on the wall: the client's line, the balloon before any reply, and the replies so far.</summary>
internal sealed record FeedRound(int Number, string Source, string ClientLine, bool Open, MiStateSnapshot Balloon, int ReplyCount, IReadOnlyList<FeedGroup> Groups);
