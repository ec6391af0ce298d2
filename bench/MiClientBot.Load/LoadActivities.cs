using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MiClientBot.Load;

/// <summary>The activities the load posts, shaped like a Teams personal-chat message.</summary>
internal static class LoadActivities
{
    public const string ChannelId = "loadtest";

    /// <summary>A message to /api/messages: with <paramref name="serviceUrl"/> null, the replies come back in the response (expectReplies).</summary>
    /// <remarks>
    /// Written straight with a <see cref="Utf8JsonWriter"/>: the tool shares the host's two cores, so what it spends building a
    /// request would be charged to the bot in the ratio (the echo phase posts one prebuilt body).
    /// </remarks>
    public static byte[] Message(string conversationId, string id, string text, string? serviceUrl)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", id);
            json.WriteString("timestamp", "2026-03-02T09:15:04.123Z");
            json.WriteString("channelId", ChannelId);
            json.WriteString("serviceUrl", serviceUrl ?? "http://127.0.0.1:9/");
            json.WriteStartObject("from");
            json.WriteString("id", "user-" + conversationId);
            json.WriteString("name", "Load Trainee");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("conversationType", "personal");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "bot");
            json.WriteString("name", "MI Client");
            json.WriteEndObject();
            json.WriteString("text", text);
            json.WriteString("textFormat", "plain");
            json.WriteString("locale", "en-US");
            if (serviceUrl is null)
            {
                json.WriteString("deliveryMode", "expectReplies");
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
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

    /// <summary>True when the UTF-8 answer holds turn <paramref name="turn"/>'s balloon event (no decoding to a string).</summary>
    public static bool HasTurn(ReadOnlySpan<byte> answer, int turn)
    {
        Span<byte> marker = stackalloc byte[24];
        var length = Encoding.UTF8.GetBytes(TurnMarker(turn), marker);
        return answer.IndexOf(marker[..length]) >= 0;
    }
}
