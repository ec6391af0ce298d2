using System.Text.Json.Nodes;

namespace MiClientBot.Web.Protocol;

/// <summary>The synchronous answer to an invoke activity: the HTTP status and body the channel waits for.</summary>
internal sealed record InvokeResponse(int Status, JsonNode? Body)
{
    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented, null);

    /// <summary>An adaptiveCard/action answer that shows a short message to the user.</summary>
    public static InvokeResponse Message(string text) => new(StatusCodes.Status200OK, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    });

    /// <summary>An adaptiveCard/action answer for an action the bot does not understand.</summary>
    public static InvokeResponse BadRequest(string message) => new(StatusCodes.Status200OK, new JsonObject
    {
        ["statusCode"] = 400,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = message },
    });
}
