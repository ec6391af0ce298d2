using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MiClientBot.Web.Protocol;

/// <summary>The JSON shape of the Activity protocol: camelCase, nulls left out.</summary>
internal static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // Named here rather than filled in on first use, so type metadata can be asked for before anything is serialized.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}
