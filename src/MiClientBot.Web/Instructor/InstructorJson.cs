using System.Text.Json;
using System.Text.Json.Serialization;

namespace MiClientBot.Web.Instructor;

/// <summary>JSON as the instructor's scripts and exports read it: camelCase, enums as words.</summary>
internal static class InstructorJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = true,
    };
}
