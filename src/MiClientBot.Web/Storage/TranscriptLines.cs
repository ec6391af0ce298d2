using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Storage;

/// <summary>The transcript lines one turn adds: what the trainee wrote and what the client answered.</summary>
internal static class TranscriptLines
{
    public static IReadOnlyList<TranscriptLine> Of(TurnSource? source, IReadOnlyList<ConversationOutput> outputs, DateTimeOffset at)
    {
        var text = source?.Text?.Trim();
        var lines = new List<TranscriptLine>(2);
        if (!string.IsNullOrEmpty(text))
        {
            lines.Add(new TranscriptLine(at, Speaker.Trainee, text));
        }

        // Help, hints and reports are the tool's words, rebuilt on demand; only the client's lines are kept.
        for (var i = 0; i < outputs.Count; i++)
        {
            if (outputs[i] is ClientSaid said)
            {
                lines.Add(new TranscriptLine(at, Speaker.Client, said.Text));
            }
        }

        return lines;
    }
}
