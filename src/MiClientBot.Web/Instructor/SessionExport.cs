using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Instructor;

/// <summary>One session in the JSON export: what the list shows, plus the transcript.</summary>
internal sealed record SessionExport(SessionView Session, IReadOnlyList<TranscriptLine> Transcript);
