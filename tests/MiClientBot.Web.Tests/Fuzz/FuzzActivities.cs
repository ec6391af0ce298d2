using System.Text;
using System.Text.Json.Nodes;

namespace MiClientBot.Web.Tests.Fuzz;

/// <summary>
/// Random activities and bodies for /api/messages. Service URLs are the fake connector's or unusable ones,
/// never a reachable address that refuses: that answer (502, the channel did not take the replies) is right, not a crash.
/// For the same reason conversation and activity ids (the reply's path) stay short enough for the fake connector's request line (a real one
/// comes from the channel, which never sends 100 KB ids).
/// </summary>
internal static class FuzzActivities
{
    private static readonly string?[] Types = ["message", "message", "message", "conversationUpdate", "invoke", "event", "typing", "messageReaction", "installationUpdate", "", "MESSAGE", null];

    public static JsonObject Activity(Random random, string serviceUrl, string conversationId)
    {
        var activity = new JsonObject
        {
            ["type"] = Pick(random, Types),
            ["id"] = random.Next(4) == 0 ? PathSafe(FuzzStrings.Next(random)) : "f" + random.Next(),
            ["channelId"] = Pick(random, ["msteams", "directline", "emulator", "webchat", null, FuzzStrings.Next(random)]),
            ["serviceUrl"] = random.Next(8) switch { 0 => "file:///etc/passwd", 1 => "http://", 2 => null, 3 => FuzzStrings.Next(random), _ => serviceUrl },
            ["from"] = Account(random),
            ["recipient"] = Account(random),
            ["conversation"] = random.Next(6) == 0 ? Node(random, 2) : new JsonObject { ["id"] = random.Next(5) == 0 ? FuzzStrings.RandomChars(random, random.Next(1, 100)) : conversationId },
            ["text"] = random.Next(6) == 0 ? Node(random, 2) : FuzzStrings.Next(random),
            ["locale"] = Pick(random, ["en-US", "nb-NO", "da", "xx", "", null, FuzzStrings.Next(random)]),
        };
        if (random.Next(3) == 0)
        {
            activity["deliveryMode"] = Pick(random, ["expectReplies", "normal", "EXPECTREPLIES", FuzzStrings.Next(random)]);
        }

        if (random.Next(4) == 0)
        {
            activity["name"] = Pick(random, ["adaptiveCard/action", "mi.state", FuzzStrings.Next(random)]);
            activity["value"] = random.Next(2) == 0 ? CardValue(random) : Node(random, 3);
        }

        if (random.Next(5) == 0)
        {
            activity["membersAdded"] = new JsonArray(Account(random), Account(random), NullNow(random));
        }

        if (random.Next(5) == 0)
        {
            activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = Pick(random, ["image/png", "text/html", null, FuzzStrings.Next(random)]), ["content"] = Node(random, 2) }, NullNow(random));
        }

        if (random.Next(5) == 0)
        {
            activity["entities"] = new JsonArray(NullNow(random), new JsonObject { ["type"] = "mention", ["text"] = FuzzStrings.Next(random), ["mentioned"] = Account(random) });
        }

        if (random.Next(6) == 0)
        {
            activity["timestamp"] = Pick(random, ["not a date", "9999-99-99T99:99:99Z", "2026-03-02T09:15:04.123Z"]);
        }

        return activity;
    }

    /// <summary>Bytes that are not an activity: broken, truncated, deeply nested or not JSON at all.</summary>
    public static byte[] MalformedBody(Random random, JsonObject sample)
    {
        var json = sample.ToJsonString();
        return random.Next(7) switch
        {
            0 => Encoding.UTF8.GetBytes(json[..random.Next(json.Length)]),
            1 => RandomBytes(random),
            2 => Encoding.UTF8.GetBytes(new string('[', random.Next(10, 5_000)) + new string(']', random.Next(0, 10))),
            3 => Encoding.UTF8.GetBytes(Pick(random, ["null", "[]", "\"text\"", "42", "{}", "{\"type\":{}}", "{\"type\":\"message\",\"type\":\"invoke\"}"])!),
            4 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)],
            5 => [.. Encoding.UTF8.GetBytes(json[..(json.Length / 2)]), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(json[(json.Length / 2)..])],
            _ => Encoding.UTF8.GetBytes(json.Replace("\"text\":\"", "\"text\":\"\\ud800\\", StringComparison.Ordinal)),
        };
    }

    /// <summary>
    /// The body with every array's items in a random order (a null may move to the front or the back), as UTF-8;
    /// bodies that are not JSON come back unchanged.
    /// </summary>
    public static byte[] Shuffled(Random random, string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return Encoding.UTF8.GetBytes(body);
        }

        Shuffle(random, root);
        return Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null");
    }

    /// <summary>Random JSON of bounded depth: any kind of node where an object or a string belongs.</summary>
    public static JsonNode? Node(Random random, int depth) => random.Next(depth <= 0 ? 4 : 6) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(3) == 0 ? double.MaxValue : random.Next()),
        2 => JsonValue.Create(FuzzStrings.Next(random)),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => new JsonArray(Node(random, depth - 1), Node(random, depth - 1)),
        _ => new JsonObject { ["id"] = Node(random, depth - 1), [FuzzStrings.RandomChars(random, 3)] = Node(random, depth - 1) },
    };

    // Now and then a null where an object belongs: channels never send one, a broken or hostile client may.
    private static JsonNode? NullNow(Random random) => random.Next(4) == 0 ? null : new JsonObject { ["type"] = "clientInfo", ["id"] = "user-" + random.Next(3) };

    private static void Shuffle(Random random, JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                var items = array.Select(i => i?.DeepClone()).OrderBy(_ => random.Next()).ToList();
                array.Clear();
                foreach (var item in items)
                {
                    Shuffle(random, item);
                    array.Add(item);
                }

                break;
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    Shuffle(random, value);
                }

                break;
        }
    }

    private static JsonNode? Account(Random random) => random.Next(5) == 0
        ? Node(random, 1)
        : new JsonObject { ["id"] = random.Next(4) == 0 ? FuzzStrings.Next(random) : "user-" + random.Next(3), ["name"] = FuzzStrings.Next(random) };

    private static JsonObject CardValue(Random random) => new()
    {
        ["action"] = new JsonObject
        {
            ["verb"] = Pick(random, ["start", "command", null, FuzzStrings.Next(random)]),
            ["data"] = new JsonObject
            {
                ["persona"] = Pick(random, ["gary", "lasse", "nobody", null, FuzzStrings.Next(random)]),
                ["lang"] = Pick(random, ["en", "nb", "xx", null]),
                ["command"] = Pick(random, ["/undo", "/feedback", "/restart", "undo", FuzzStrings.Next(random)]),
            },
        },
    };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 4_000)];
        random.NextBytes(bytes);
        return bytes;
    }

    // Kestrel (the fake connector) refuses a NUL in the path, as a real connector would refuse such an id.
    private static string PathSafe(string text) => (text.Length > 200 ? text[..200] : text).Replace('\0', '_');

    private static string? Pick(Random random, string?[] options) => options[random.Next(options.Length)];
}
