using System.Text.Json.Nodes;

namespace MiClientBot.Web.Protocol;

/// <summary>One button of suggested actions; imBack posts its value back as the user's message.</summary>
internal sealed record CardAction
{
    public string Type { get; init; } = "imBack";

    public string? Title { get; init; }

    public JsonNode? Value { get; init; }
}
