using MiClientBot.Core.Conversations;
using MiClientBot.Core.Scoring;

namespace MiClientBot.Cli;

/// <summary>Writes a session's feedback report to the file the trainee named with --report.</summary>
internal static class ReportFile
{
    /// <summary>Writes the report in the format of the file's extension; a path that cannot be written is said, not thrown.</summary>
    public static int Write(CliContext context, ConversationFlow flow, ConversationState state, string path)
    {
        try
        {
            File.WriteAllText(path, ReportWriter.Write(flow.BuildReport(state), ReportWriter.FormatOf(path)!.Value));
            context.Error.WriteLine($"Report written to {Path.GetFullPath(path)}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The transcript is already on the screen, so the session itself is not lost.
            context.Error.WriteLine($"Could not write the report to {path}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
