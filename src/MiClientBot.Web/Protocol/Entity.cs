using System.Text.Json;
using System.Text.Json.Serialization;

namespace MiClientBot.Web.Protocol;

/// <summary>Metadata on an activity; only mentions are read, other kinds (clientInfo, ...) pass through.</summary>
internal sealed record Entity
{
    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
