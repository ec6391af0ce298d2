using System.Text.Json;
using System.Text.Json.Serialization;

namespace MiClientBot.Web.Protocol;

/// <summary>The conversation an activity belongs to (Teams: personal, groupChat or channel).</summary>
internal sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
