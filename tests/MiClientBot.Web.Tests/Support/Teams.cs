using System.Text.Json.Nodes;

namespace MiClientBot.Web.Tests.Support;

/// <summary>Activities shaped like the ones Microsoft Teams posts (ids, channelData, entities, text/html copies).</summary>
internal static class Teams
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:" + BotHost.AppId;
    public const string BotName = "MI Client";
    public const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";
    public const string UserName = "Kari Nordmann";
    public const string ChannelThread = "19:8a1c2e3f4b5d6e7f8091a2b3c4d5e6f7@thread.tacv2";

    public static JsonObject ChannelMessage(string serviceUrl, string text, string id = "1700000000001") => Message(serviceUrl, id, $"<at>{BotName}</at> {text}",
        new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId, ["id"] = $"{ChannelThread};messageid={id}" },
        new JsonArray(
            new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName }, ["text"] = $"<at>{BotName}</at>", ["type"] = "mention" },
            ClientInfo("en-US")),
        new JsonObject
        {
            ["teamsChannelId"] = ChannelThread,
            ["teamsTeamId"] = "19:team0a1b2c3d@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = ChannelThread },
            ["team"] = new JsonObject { ["id"] = "19:team0a1b2c3d@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        });

    public static JsonObject PersonalMessage(string serviceUrl, string text, string id = "1700000000101", string locale = "en-US", string conversationId = "a:1xYzPersonalChatWithKari") => Message(
        serviceUrl, id, text,
        new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = conversationId },
        new JsonArray(ClientInfo(locale)),
        new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        locale);

    public static JsonObject GroupChatBotAdded(string serviceUrl, string locale) => new()
    {
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["type"] = "conversationUpdate",
        ["timestamp"] = "2026-03-02T09:15:04.123Z",
        ["id"] = "f:6a3b1c55-8d2e-4c3f-a1b2-3c4d5e6f7a8b",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = "6c1b4f4e-2d3a-4b5c-9d8e-7f6a5b4c3d2e" },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["tenantId"] = TenantId, ["id"] = "19:9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f@thread.v2" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId }, ["source"] = new JsonObject { ["name"] = "message" } },
        ["locale"] = locale,
    };

    public static JsonObject CardAction(string serviceUrl, JsonObject data, string verb, string locale = "da-DK") => new()
    {
        ["name"] = "adaptiveCard/action",
        ["type"] = "invoke",
        ["timestamp"] = "2026-03-02T09:16:11.456Z",
        ["id"] = "f:8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = "6c1b4f4e-2d3a-4b5c-9d8e-7f6a5b4c3d2e" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = "a:1xYzPersonalChatWithKari" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["entities"] = new JsonArray(ClientInfo(locale)),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId }, ["source"] = new JsonObject { ["name"] = "message" } },
        ["replyToId"] = "1700000000055",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = "Start", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
        ["locale"] = locale,
    };

    private static JsonObject Message(string serviceUrl, string id, string text, JsonObject conversation, JsonArray entities, JsonObject channelData, string locale = "en-US") => new()
    {
        ["text"] = text,
        ["textFormat"] = "plain",
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = $"<p>{text}</p>" }),
        ["type"] = "message",
        ["timestamp"] = "2026-03-02T09:15:31.713Z",
        ["localTimestamp"] = "2026-03-02T10:15:31.713+01:00",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = "6c1b4f4e-2d3a-4b5c-9d8e-7f6a5b4c3d2e" },
        ["conversation"] = conversation,
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["entities"] = entities,
        ["channelData"] = channelData,
        ["locale"] = locale,
        ["localTimezone"] = "Europe/Oslo",
    };

    private static JsonObject ClientInfo(string locale) => new()
    {
        ["locale"] = locale,
        ["country"] = "NO",
        ["platform"] = "Web",
        ["timezone"] = "Europe/Oslo",
        ["type"] = "clientInfo",
    };
}
