using MiClientBot.Core.Scoring;

namespace MiClientBot.Core.Conversations;

/// <summary>The feedback report, at /feedback and when a session ends.</summary>
/// <param name="Report">The report.</param>
/// <param name="State">The conversation the report was made from, so a channel can rebuild it later (a link that outlives the host).</param>
public sealed record ReportReady(SessionReport Report, ConversationState State) : ConversationOutput;
