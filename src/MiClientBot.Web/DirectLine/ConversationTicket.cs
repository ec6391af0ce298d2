using System.Text.Json.Serialization;

namespace MiClientBot.Web.DirectLine;

/// <summary>Direct Line's answer to token and conversation requests (streamUrl only where a stream is open to the caller).</summary>
internal sealed record ConversationTicket(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
