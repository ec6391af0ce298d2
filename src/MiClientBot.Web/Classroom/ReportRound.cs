using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Classroom;

/// <summary>One round in the class report: the line, the balloon before and after, how the replies spread over the codes, the pick.</summary>
internal sealed record ReportRound(
    int Number,
    string Source,
    string ClientLine,
    MiStateSnapshot Before,
    int Replies,
    IReadOnlyDictionary<string, int> Spread,
    FeedMove? Picked,
    MiStateSnapshot? After);
