using System.Text.Json.Serialization;

namespace MiClientBot.Core.Conversations;

/// <summary>Source-generated JSON for conversation state, the unit a channel stores per conversation.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class ConversationJsonContext : JsonSerializerContext;
