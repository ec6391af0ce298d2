using System.Text.Json.Serialization;

namespace MiClientBot.Coding.Cues;

/// <summary>
/// Reads the pack files without reflection. A missing or misspelt list is an error, not an empty set:
/// a typo in a data file must not quietly switch cues off.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(LanguagePackFile))]
internal sealed partial class LanguagePackJsonContext : JsonSerializerContext;
