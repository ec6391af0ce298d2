using System.Text.Encodings.Web;
using System.Text.Json;

namespace MiClientBot.Cli;

/// <summary>One JSON object per line, with æ, ø and å written as themselves.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);
}
