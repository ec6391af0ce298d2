using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// A Bot Framework activity: only the fields this bot reads or writes are typed; everything else a
/// channel sends is kept in <see cref="Properties"/>, so nothing is lost when the schema grows.
/// </summary>
internal sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    /// <summary>When the channel received the activity (Direct Line sets it on every activity it serves).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? Name { get; init; }

    public string? ReplyToId { get; init; }

    public string? DeliveryMode { get; init; }

    public string? InputHint { get; init; }

    public JsonNode? Value { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public JsonNode? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>True when the caller wants the replies in the HTTP response instead of through the connector.</summary>
    [JsonIgnore]
    public bool ExpectsReplies => string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
}
