namespace MiClientBot.Web.Storage;

/// <summary>One line of a session's transcript, kept for the instructor until the retention sweep or /forget.</summary>
internal sealed record TranscriptLine(DateTimeOffset At, Speaker Speaker, string Text);
