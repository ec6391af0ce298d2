using System.Text.Json.Serialization;

namespace MiClientBot.Core.Sessions;

/// <summary>Source-generated JSON for session state: no reflection on the hot path of every stored turn.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SessionState))]
internal sealed partial class SessionJsonContext : JsonSerializerContext;
