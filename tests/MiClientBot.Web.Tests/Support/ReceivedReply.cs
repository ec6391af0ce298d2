using System.Text.Json.Nodes;

namespace MiClientBot.Web.Tests.Support;

/// <summary>One reply as the fake connector received it: the raw request target, the route values, the token and the activity.</summary>
internal sealed record ReceivedReply(string RawTarget, string ConversationId, string? ReplyToId, string? Authorization, JsonObject Activity)
{
    public string? Type => (string?)Activity["type"];

    public string? Text => (string?)Activity["text"];

    public string? Name => (string?)Activity["name"];
}
