namespace MiClientBot.Web.Classroom;

/// <summary>A move the class made: the picked reply of a round and the client's answer to it.</summary>
internal sealed record FeedMove(int Round, string Student, string Text, string Code, string CodeLabel, ReplyDelta Delta, string ClientAnswer);
