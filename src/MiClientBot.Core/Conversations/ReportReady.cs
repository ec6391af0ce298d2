using MiClientBot.Core.Scoring;

namespace MiClientBot.Core.Conversations;

/// <summary>The feedback report, at /feedback and when a session ends.</summary>
public sealed record ReportReady(SessionReport Report) : ConversationOutput;
