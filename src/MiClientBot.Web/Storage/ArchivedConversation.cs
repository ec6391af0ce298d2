
namespace MiClientBot.Web.Storage;

/// <summary>A stored conversation as the instructor sees it: state, trainee, times and (when asked for) the transcript.</summary>
internal sealed record ArchivedConversation(
    string Id,
    string Key,
    StoredConversation Stored,
    string? Trainee,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TranscriptLine> Transcript);
