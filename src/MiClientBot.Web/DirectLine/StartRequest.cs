using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// The optional body of tokens/generate and conversations: {"user": {"id", "name"}, "locale"}. A missing
/// or unreadable body means "no preference", as in Direct Line.
/// </summary>
internal sealed record StartRequest(string? UserId, string? Locale)
{
    public const int MaxUserIdLength = 128;

    public static async Task<StartRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || request.ContentLength > 16 * 1024)
        {
            return new StartRequest(null, null);
        }

        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return new StartRequest(Text(body?["user"]?["id"]), Text(body?["locale"]));
        }
        catch (JsonException)
        {
            return new StartRequest(null, null);
        }
    }

    /// <summary>The user id to bind a token to: the one asked for when it is not absurdly long, else a new one.
    /// It only labels the sender: a token opens its one conversation whoever it names.</summary>
    public string UserIdOrNew() =>
        UserId is { Length: > 0 and <= MaxUserIdLength } id ? id : DirectLineConversations.NewUserId();

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
