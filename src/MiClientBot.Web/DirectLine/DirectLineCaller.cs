namespace MiClientBot.Web.DirectLine;

/// <summary>Who is calling: the holder of the secret (any conversation) or of a token (its one conversation).</summary>
internal sealed record DirectLineCaller(bool HasSecret, DirectLineToken? Token)
{
    public bool MayUse(string conversationId) =>
        HasSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
