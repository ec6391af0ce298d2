namespace MiClientBot.Web.Classroom;

/// <summary>The replies of one kind (see <see cref="ReplyGroups"/>), with the group's name in the class language.</summary>
internal sealed record FeedGroup(string Group, string Label, IReadOnlyList<FeedReply> Replies);
