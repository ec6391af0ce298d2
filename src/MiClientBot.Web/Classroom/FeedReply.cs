namespace MiClientBot.Web.Classroom;

/// <summary>A reply on the wall: who (anonymised), the words, how it codes and what it would do to the balloon.</summary>
internal sealed record FeedReply(string Id, string Student, string Text, string Code, string CodeLabel, ReplyDelta Delta);
