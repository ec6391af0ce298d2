using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Storage;

/// <summary>The transcript lines one turn adds: what the trainee wrote and what the client answered.</summary>
internal static class TranscriptLines
{
    public static IReadOnlyList<TranscriptLine> Of(TurnSource? source, IReadOnlyList<ConversationOutput> outputs, DateTimeOffset at)
    {
        var lines = new List<TranscriptLine>();
        if (source?.Text?.Trim() is { Length: > 0 } text)
        {
            lines.Add(new TranscriptLine(at, Speaker.Trainee, text));
        }

        // Help, hints and reports are the tool's words, rebuilt on demand; only the client's lines are kept.
        lines.AddRange(outputs.OfType<ClientSaid>().Select(c => new TranscriptLine(at, Speaker.Client, c.Text)));
        return lines;
    }
}
