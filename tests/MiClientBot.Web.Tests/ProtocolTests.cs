using System.Text.Json;
using System.Text.Json.Nodes;
using MiClientBot.Web.Bot;
using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.Tests;

/// <summary>Pieces of the Activity protocol: unknown fields, mentions, card actions, reply URLs.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public void Deserialize_UnknownProperties_AreKeptWhenWrittenAgain()
    {
        const string json = """{"type":"message","text":"hi","localTimezone":"Europe/Oslo","futureField":{"a":1}}""";

        var activity = JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;
        var again = JsonNode.Parse(JsonSerializer.Serialize(activity, ActivityJson.Options))!;

        Assert.Equal("Europe/Oslo", (string?)again["localTimezone"]);
        Assert.Equal(1, (int)again["futureField"]!["a"]!);
    }

    [Fact]
    public void StripBotMention_MentionEntity_LeavesOnlyTheTraineesWords()
    {
        var activity = new Activity
        {
            Text = "<at>MI Client</at> How are you today?",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "28:bot" }, Text = "<at>MI Client</at>" }],
        };

        Assert.Equal("How are you today?", TeamsMentions.StripBotMention(activity));
    }

    [Fact]
    public void StripBotMention_OtherPersonMentioned_KeepsThatMention()
    {
        var activity = new Activity
        {
            Text = "<at>MI Client</at> ask <at>Ola</at> too",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities =
            [
                new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "28:bot" }, Text = "<at>MI Client</at>" },
                new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:ola" }, Text = "<at>Ola</at>" },
            ],
        };

        Assert.Equal("ask <at>Ola</at> too", TeamsMentions.StripBotMention(activity));
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"start","data":{"verb":"start","persona":"mads","lang":"da"}}}""", "/start mads da")]
    [InlineData("""{"verb":"start","persona":"sara"}""", "/start sara")]
    [InlineData("""{"action":{"verb":"command","data":{"command":"/restart"}}}""", "/restart")]
    [InlineData("""{"verb":"command","command":"rm -rf"}""", null)]
    [InlineData("""{"verb":"dance"}""", null)]
    [InlineData("42", null)]
    public void ToCommand_CardData_GivesTheCommandItStandsFor(string value, string? expected) =>
        Assert.Equal(expected, CardActions.ToCommand(JsonNode.Parse(value)));

    [Fact]
    public void ReplyUri_TeamsChannelThread_EncodesConversationIdAndReplyTo()
    {
        var reply = new Activity
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Conversation = new ConversationAccount { Id = "19:abc@thread.tacv2;messageid=17" },
            ReplyToId = "17",
        };

        Assert.Equal(
            "https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/17",
            ConnectorClient.ReplyUri(reply).AbsoluteUri);
    }
}
