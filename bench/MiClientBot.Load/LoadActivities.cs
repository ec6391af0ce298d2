using System.Text;
using System.Text.Json.Nodes;

namespace MiClientBot.Load;

/// <summary>The activities the load posts, shaped like a Teams personal-chat message.</summary>
internal static class LoadActivities
{
    public const string ChannelId = "loadtest";

    /// <summary>A message to /api/messages: with <paramref name="serviceUrl"/> null, the replies come back in the response (expectReplies).</summary>
    public static byte[] Message(string conversationId, string id, string text, string? serviceUrl)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = "2026-03-02T09:15:04.123Z",
            ["channelId"] = ChannelId,
            ["serviceUrl"] = serviceUrl ?? "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = "user-" + conversationId, ["name"] = "Load Trainee" },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = conversationId },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "MI Client" },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
        };
        if (serviceUrl is null)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return Encoding.UTF8.GetBytes(activity.ToJsonString());
    }

    /// <summary>A message posted to a Direct Line conversation, as Web Chat posts it.</summary>
    public static byte[] DirectLineMessage(string userId, string text, string clientActivityId) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    }.ToJsonString());

    /// <summary>The balloon event of turn <paramref name="turn"/> as it appears in the bot's JSON.</summary>
    public static string TurnMarker(int turn) => $"\"turn\":{turn},";
}
