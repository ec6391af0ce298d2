using System.Text.Json;
using System.Text.Json.Nodes;
using MiClientBot.Web.DirectLine;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Tests.Fuzz;

namespace MiClientBot.Web.Tests.DirectLine;

/// <summary>
/// The compact Direct Line log: what a client reads back must be the activities exactly as they were stored
/// (every field and value, ids, timestamps, accounts, replyToId, cards), whatever the log keeps in memory.
/// </summary>
public sealed class DirectLineConversationTests
{
    private const string ConversationId = "k3Jx9_Qp-aZ0mWvYtR2sBcDe";
    private const string UserId = "dl_u5eR-1d_AbCdEf";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void Read_AfterAWholeSession_GivesEveryActivityFieldByFieldAsStored()
    {
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders());

        var stored = Session(conversation, ConversationId, UserId);
        var page = Read(conversation, null);

        Assert.Equal(stored.Count, page.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            AssertAsStored(stored[i], page[i]);
        }

        Assert.Equal($"{ConversationId}|0000000", (string?)page[0]!["id"]);
        Assert.Equal($"{ConversationId}|start", (string?)page[0]!["replyToId"]);
        Assert.Equal(UserId, (string?)page[0]!["suggestedActions"]!["to"]![0]);
        Assert.Equal("c-1", (string?)page[1]!["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)page[1]!["from"]!["role"]);
        Assert.Equal($"{ConversationId}|0000001", (string?)page[2]!["replyToId"]);
        Assert.Equal("2026-03-02T09:00:01.123+00:00", (string?)page[1]!["timestamp"]);
    }

    [Fact]
    public void Read_SameBotActivitiesInTwoConversations_AreHeldOnceButCarryEachConversationsOwnIdsAndUser()
    {
        var shared = new SharedRemainders();
        var first = new DirectLineConversation(ConversationId, Start, shared);
        var second = new DirectLineConversation("Other-conversation_0123456", Start, shared);

        Session(first, first.Id, UserId);
        var heldAfterOne = shared.Count;
        var stored = Session(second, second.Id, "dl_another-user");
        var page = Read(second, null);

        Assert.Equal(heldAfterOne, shared.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            AssertAsStored(stored[i], page[i]);
        }

        Assert.Equal("Other-conversation_0123456|0000002", (string?)page[2]!["id"]);
        Assert.Equal("Other-conversation_0123456", (string?)page[2]!["conversation"]!["id"]);
        Assert.Equal("dl_another-user", (string?)page[0]!["recipient"]!["id"]);
        Assert.Equal("dl_another-user", (string?)page[0]!["suggestedActions"]!["to"]![0]);
        Assert.DoesNotContain(ConversationId, JsonSerializer.Serialize(page));
    }

    [Fact]
    public void Append_SameUserMessageInTwoConversations_IsNotShared()
    {
        var shared = new SharedRemainders();
        var first = new DirectLineConversation(ConversationId, Start, shared);
        var second = new DirectLineConversation("Other-conversation_0123456", Start, shared);

        first.Append(UserMessage(first.Id, UserId, "I hear you.", "c-1"), Start);
        second.Append(UserMessage(second.Id, UserId, "I hear you.", "c-1"), Start);

        Assert.Equal(0, shared.Count);
    }

    [Fact]
    public void Read_UserIdInTextKeysAndOtherAccounts_GivesThemBackUnchanged()
    {
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders());
        conversation.Append(Welcome(ConversationId, UserId), Start);
        var odd = Parse($$"""
            {
              "type": "message",
              "channelId": "directline",
              "conversation": { "id": "{{ConversationId}}", "name": "named" },
              "from": { "id": "miclientbot", "name": "MI client", "role": "bot" },
              "recipient": { "id": "someone-else", "role": "user" },
              "text": "\"{{UserId}}\" said \\\"{{UserId}}\\\"",
              "replyToId": "{{ConversationId}}|12",
              "value": { "{{UserId}}": "{{UserId}}", "list": ["{{UserId}}", "{{UserId}}x", 1, null], "quoted": "\"{{UserId}}\"" },
              "channelData": { "clientActivityID": "{{UserId}}" }
            }
            """);

        var stored = new[] { conversation.Append(odd, Start.AddSeconds(1)), conversation.Append(odd with { ChannelId = "webchat", ReplyToId = "elsewhere" }, Start.AddSeconds(2)) };
        var page = Read(conversation, "0");

        AssertAsStored(stored[0], page[0]);
        AssertAsStored(stored[1], page[1]);
        Assert.Equal(UserId, (string?)page[0]!["value"]![UserId]);
        Assert.Equal($"{ConversationId}|12", (string?)page[0]!["replyToId"]);
        Assert.Equal("named", (string?)page[0]!["conversation"]!["name"]);
    }

    [Fact]
    public void Read_UserIdThatNeedsEscaping_IsWrittenBackAsItWas()
    {
        const string user = "u\"<é>\\😀\u0001";
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders());

        var stored = conversation.Append(Welcome(ConversationId, user), Start);
        var page = Read(conversation, null);

        AssertAsStored(stored, page[0]);
        Assert.Equal(user, (string?)page[0]!["suggestedActions"]!["to"]![0]);
    }

    [Fact]
    public void Read_WithWatermark_GivesWhatCameAfterItAndTheLastSequenceNumber()
    {
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders());
        Session(conversation, ConversationId, UserId);

        var all = conversation.Read(null);
        var after = conversation.Read("4");
        var garbage = conversation.Read("abc");
        var nothing = conversation.Read(all.Watermark);

        Assert.Equal((11, "10"), (all.Count, all.Watermark));
        Assert.Equal(6, after.Count);
        Assert.Equal($"{ConversationId}|0000005", (string?)Activities(after)[0]!["id"]);
        Assert.Equal(all.Count, garbage.Count);
        Assert.Equal((0, "10"), (nothing.Count, nothing.Watermark));
        Assert.Empty(Activities(nothing));
        Assert.Equal("10", (string?)JsonNode.Parse(nothing.Utf8.Span)!["watermark"]);
    }

    [Fact]
    public void Read_EmptyLog_GivesNoActivitiesAndTheWatermarkAsGiven()
    {
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders());

        var none = conversation.Read(null);
        var garbage = conversation.Read("<x>");

        Assert.Equal("""{"activities":[]}""", System.Text.Encoding.UTF8.GetString(none.Utf8.Span));
        Assert.Equal("<x>", (string?)JsonNode.Parse(garbage.Utf8.Span)!["watermark"]);
    }

    [Fact]
    public void Append_BeyondMaxActivities_KeepsTheNewestWithTheirOwnIdsAndWatermarks()
    {
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders());
        var stored = new List<Activity>();
        for (var i = 0; i < DirectLineConversation.MaxActivities + 5; i++)
        {
            var activity = i % 2 == 0 ? UserMessage(ConversationId, UserId, $"line {i}", $"c-{i}") : Typing(ConversationId, UserId, $"{ConversationId}|{i - 1:D7}");
            stored.Add(conversation.Append(activity, Start.AddMilliseconds(i)));
        }

        var all = Read(conversation, null);
        var old = Read(conversation, "2");
        var last = Read(conversation, "1002");

        Assert.Equal(DirectLineConversation.MaxActivities, all.Count);
        Assert.Equal(DirectLineConversation.MaxActivities, old.Count);
        for (var i = 0; i < all.Count; i++)
        {
            AssertAsStored(stored[i + 5], all[i]);
        }

        Assert.Equal(2, last.Count);
        Assert.Equal($"{ConversationId}|0001003", (string?)last[0]!["id"]);
        Assert.Equal($"{ConversationId}|0001002", (string?)last[0]!["replyToId"]);
        Assert.Equal("1004", conversation.Read(null).Watermark);
    }

    [Fact]
    public void Read_LogMadeAnewAfterARestart_GivesTheClientEverythingAfterTheWatermarkItKept()
    {
        var before = new DirectLineConversation(ConversationId, Start, new SharedRemainders(), DirectLineConversations.FirstSequence(Start));
        Session(before, ConversationId, UserId);
        var kept = before.Read(null).Watermark;

        // The host restarts five seconds later; the client still asks from the watermark it had.
        var later = Start.AddSeconds(5);
        var after = new DirectLineConversation(ConversationId, later, new SharedRemainders(), DirectLineConversations.FirstSequence(later));
        var waiting = after.WaitAsync(kept, CancellationToken.None);
        var message = after.Append(UserMessage(ConversationId, UserId, "It sounds like you feel pushed around.", "c-9"), later);
        var reply = after.Append(BotMessage(ConversationId, UserId, message.Id, "Maybe."), later);
        var page = Read(after, kept);

        Assert.True(waiting.IsCompleted);
        Assert.Equal(2, page.Count);
        AssertAsStored(message, page[0]);
        AssertAsStored(reply, page[1]);
        Assert.Equal(message.Id, (string?)page[1]!["replyToId"]);
        Assert.True(long.Parse(after.Read(kept).Watermark!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(kept!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WaitAsync_EmptyLogAndAWatermarkFromBefore_WaitsForTheNextActivity()
    {
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders(), DirectLineConversations.FirstSequence(Start));

        var waiting = conversation.WaitAsync("12", CancellationToken.None);

        Assert.False(waiting.IsCompleted);
        conversation.Append(UserMessage(ConversationId, UserId, "Hello", "c-1"), Start);
        Assert.True(waiting.IsCompleted);
    }

    [Fact]
    public void Read_RandomActivities_GivesThemBackAsStored()
    {
        var random = new Random(9_2026);
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders());
        conversation.Append(Welcome(ConversationId, UserId), Start);
        var stored = new List<Activity>();
        while (stored.Count < 300)
        {
            var json = FuzzActivities.Activity(random, "http://127.0.0.1:9/", ConversationId);
            json.Remove("timestamp");
            Activity activity;
            try
            {
                activity = JsonSerializer.Deserialize<Activity>(json.ToJsonString(), ActivityJson.Options)!;
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
            {
                // Not an activity (or not even JSON text): the endpoint refuses those before they reach a log.
                continue;
            }

            activity = random.Next(4) switch
            {
                0 => activity with { From = DirectLineChannel.Bot, Recipient = User(UserId), ReplyToId = $"{ConversationId}|{random.Next(stored.Count + 1):D7}" },
                1 => activity with { From = User(UserId), Recipient = DirectLineChannel.Bot, ChannelId = "directline" },
                2 => activity with { ReplyToId = $"{ConversationId}|{random.Next(-1, 3)}" },
                _ => activity,
            };
            stored.Add(conversation.Append(activity, Start.AddTicks(random.NextInt64(0, TimeSpan.TicksPerDay)).ToOffset(TimeSpan.FromMinutes(random.Next(-3, 4) * 60))));
        }

        var page = Read(conversation, "0");

        Assert.Equal(stored.Count, page.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            AssertAsStored(stored[i], page[i]);
        }
    }

    [Fact]
    public async Task WaitAsync_NothingNew_CompletesWhenTheNextActivityIsStored()
    {
        var conversation = new DirectLineConversation(ConversationId, Start, new SharedRemainders());
        conversation.Append(Welcome(ConversationId, UserId), Start);

        var waiting = conversation.WaitAsync("0", CancellationToken.None);
        var before = waiting.IsCompleted;
        conversation.Append(UserMessage(ConversationId, UserId, "Hello", "c-1"), Start.AddSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(before);
        Assert.True(conversation.WaitAsync(null, CancellationToken.None).IsCompleted);
    }

    /// <summary>A measured session: welcome card, /start with typing, briefing, reply and balloon, one more move.</summary>
    private static List<Activity> Session(DirectLineConversation conversation, string id, string user)
    {
        var t = Start;
        var stored = new List<Activity> { conversation.Append(Welcome(id, user), t) };
        foreach (var (text, client) in new[] { ("/start gary en", "c-1"), ("You're not sure why you're here.", "c-2") })
        {
            var posted = conversation.Append(UserMessage(id, user, text, client), t = t.AddSeconds(1));
            stored.Add(posted);
            stored.Add(conversation.Append(Typing(id, user, posted.Id!), t = t.AddTicks(1234)));
            stored.Add(conversation.Append(BotMessage(id, user, null, "Gary is 52 and runs a small plumbing firm in Leeds."), t = t.AddMilliseconds(3)));
            stored.Add(conversation.Append(BotMessage(id, user, posted.Id, "**Gary:** Hi. Not sure what I'm meant to say, to be honest."), t = t.AddMilliseconds(1)));
            stored.Add(conversation.Append(State(id, user, posted.Id!), t = t.AddTicks(1)));
        }

        return stored;
    }

    private static Activity Welcome(string id, string user) => Parse($$"""
        {
          "type": "message",
          "channelId": "directline",
          "from": { "id": "miclientbot", "name": "MI client", "role": "bot" },
          "conversation": { "id": {{JsonSerializer.Serialize(id)}} },
          "recipient": { "id": {{JsonSerializer.Serialize(user)}}, "role": "user" },
          "textFormat": "markdown",
          "locale": "en-US",
          "text": "Who would you like to talk to? Choose a client (or type /start ID LANG).",
          "replyToId": {{JsonSerializer.Serialize(id + "|start")}},
          "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard", "version": "1.5",
            "body": [ { "type": "Input.ChoiceSet", "id": "persona", "choices": [ { "title": "Gary, 52", "value": "gary" } ] } ],
            "actions": [ { "type": "Action.Execute", "title": "Start", "verb": "start", "data": { "verb": "start" } } ] } } ],
          "suggestedActions": { "to": [ {{JsonSerializer.Serialize(user)}} ], "actions": [ { "type": "imBack", "title": "Gary", "value": "/start gary en" } ] }
        }
        """) with { From = DirectLineChannel.Bot };

    private static Activity UserMessage(string id, string user, string text, string clientActivityId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = DirectLineChannel.ChannelId,
        Conversation = new ConversationAccount { Id = id },
        From = User(user),
        Recipient = DirectLineChannel.Bot,
        Text = text,
        TextFormat = "plain",
        Locale = "en-US",
        ChannelData = new JsonObject { ["clientActivityID"] = clientActivityId },
    };

    private static Activity Typing(string id, string user, string replyToId) => BotReply(id, user, replyToId) with { Type = ActivityTypes.Typing };

    private static Activity BotMessage(string id, string user, string? replyToId, string text) =>
        BotReply(id, user, replyToId) with { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };

    private static Activity State(string id, string user, string replyToId) => BotReply(id, user, replyToId) with
    {
        Type = ActivityTypes.Event,
        Name = "mi.state",
        Value = JsonNode.Parse("""{"turn":0,"state":"engaging","resistance":{"sustain":65,"autonomy":45,"discord":20},"pressure":44.3,"talk":"neutral"}"""),
    };

    private static Activity BotReply(string id, string user, string? replyToId) => new()
    {
        ChannelId = DirectLineChannel.ChannelId,
        Conversation = new ConversationAccount { Id = id },
        From = DirectLineChannel.Bot,
        Recipient = User(user),
        ReplyToId = replyToId,
        Locale = "en-US",
    };

    private static ChannelAccount User(string id) => new() { Id = id, Role = DirectLineChannel.UserRole };

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;

    private static JsonArray Read(DirectLineConversation conversation, string? watermark) => Activities(conversation.Read(watermark));

    private static JsonArray Activities(ActivitySet set) => JsonNode.Parse(set.Utf8.Span)!["activities"]!.AsArray();

    /// <summary>The activity as read equals the activity as stored, every field and value (member order aside).</summary>
    private static void AssertAsStored(Activity stored, JsonNode? read) =>
        Assert.Equal(Canonical(JsonSerializer.SerializeToNode(stored, ActivityJson.Options)), Canonical(read));

    private static string Canonical(JsonNode? node) => Sorted(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
