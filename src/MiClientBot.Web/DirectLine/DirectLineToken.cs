namespace MiClientBot.Web.DirectLine;

/// <summary>What a valid Direct Line token grants: one conversation, for one user, until it expires.</summary>
internal sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset Expires);
