using System.Net;
using System.Text.Json.Nodes;
using MiClientBot.Core.Sessions;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>Activities shaped like real Teams traffic, and the replies that reach the (fake) connector.</summary>
public sealed class TeamsTrafficTests : BotWithConnectorTests
{
    [Fact]
    public async Task PostMessage_ChannelMessageWithAtMention_StartsRolePlayInTheSameThread()
    {
        var activity = Teams.ChannelMessage(Connector.ServiceUrl, "/start lasse en");

        var response = await Bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = Connector.Replies;
        Assert.Equal(["typing", "message", "message", "event"], replies.Select(r => r.Type));
        var conversationId = (string)activity["conversation"]!["id"]!;
        foreach (var reply in replies)
        {
            // The thread's id carries ':', '@' and ';': it must reach the connector URL-encoded and intact.
            Assert.Equal($"{FakeConnector.RegionPath}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/1700000000001", reply.RawTarget);
            Assert.Equal(conversationId, reply.ConversationId);
            Assert.Equal("1700000000001", reply.ReplyToId);
            Assert.Equal("1700000000001", (string?)reply.Activity["replyToId"]);
            Assert.Equal(Teams.BotId, (string?)reply.Activity["from"]!["id"]);
            Assert.Equal(Teams.BotName, (string?)reply.Activity["from"]!["name"]);
            Assert.Equal(Teams.UserId, (string?)reply.Activity["recipient"]!["id"]);
            Assert.Equal(Teams.UserName, (string?)reply.Activity["recipient"]!["name"]);
            Assert.Equal(conversationId, (string?)reply.Activity["conversation"]!["id"]);
            Assert.Equal("channel", (string?)reply.Activity["conversation"]!["conversationType"]);
            Assert.Equal("msteams", (string?)reply.Activity["channelId"]);
        }

        // The mention was stripped, so "/start" was read as the command: the briefing, then Lasse speaks.
        Assert.Contains("Lasse", replies[1].Text);
        Assert.StartsWith("**Lasse:** ", replies[2].Text);
        Assert.Equal("mi.state", replies[3].Name);
        Assert.Equal(0, (int)replies[3].Activity["value"]!["turn"]!);
    }

    [Fact]
    public async Task PostMessage_PersonalChatTraineeMove_ClientAnswersAndBalloonEventFollows()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start sara en", id: "1700000000101"));
        Connector.Clear();

        var response = await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "It sounds like smoking helps you get through stressful days.", id: "1700000000102"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = Connector.Replies;
        Assert.Equal("typing", replies[0].Type);
        var answer = Assert.Single(replies, r => r.Text?.StartsWith("**Sara:** ", StringComparison.Ordinal) == true);
        Assert.Equal("1700000000102", answer.ReplyToId);
        Assert.Equal(Teams.UserId, (string?)answer.Activity["recipient"]!["id"]);
        Assert.Equal("a:1xYzPersonalChatWithKari", (string?)answer.Activity["conversation"]!["id"]);
        var state = Assert.Single(replies, r => r.Type == "event");
        Assert.Equal("mi.state", state.Name);
        var value = state.Activity["value"]!;
        Assert.Equal(1, (int)value["turn"]!);
        Assert.NotNull((string?)value["state"]);
        Assert.NotNull((double?)value["resistance"]!["sustain"]);
        Assert.NotNull((double?)value["resistance"]!["autonomy"]);
        Assert.NotNull((double?)value["resistance"]!["discord"]);
        Assert.NotNull((double?)value["pressure"]);
        Assert.NotNull((string?)value["talk"]);
    }

    [Fact]
    public async Task PostConversationUpdate_BotAddedToGroupChatWithNorwegianLocale_WelcomeCardPreselectsNorwegian()
    {
        var response = await Bot.PostAsync(Teams.GroupChatBotAdded(Connector.ServiceUrl, "nb-NO"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(Connector.Replies);
        Assert.Equal("message", welcome.Type);
        Assert.Equal("19:9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f@thread.v2", welcome.ConversationId);
        Assert.Equal("f:6a3b1c55-8d2e-4c3f-a1b2-3c4d5e6f7a8b", welcome.ReplyToId);
        Assert.Equal(Teams.BotId, (string?)welcome.Activity["from"]!["id"]);
        Assert.Equal(Teams.UserId, (string?)welcome.Activity["recipient"]!["id"]);
        Assert.Equal("groupChat", (string?)welcome.Activity["conversation"]!["conversationType"]);
        Assert.Contains("klient", welcome.Text, StringComparison.OrdinalIgnoreCase);

        var attachment = welcome.Activity["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        var card = attachment["content"]!;
        Assert.Equal("1.5", (string?)card["version"]);
        var language = card["body"]!.AsArray().Single(e => (string?)e!["id"] == "lang")!;
        Assert.Equal("nb", (string?)language["value"]);
        var personas = card["body"]!.AsArray().Single(e => (string?)e!["id"] == "persona")!["choices"]!.AsArray();
        Assert.Contains(personas, c => (string?)c!["value"] == "lasse");

        // Where cards do not render, buttons start a role-play in the preselected language.
        var buttons = welcome.Activity["suggestedActions"]!["actions"]!.AsArray();
        Assert.Contains(buttons, b => (string?)b!["value"] == "/start lasse nb");
    }

    [Fact]
    public async Task PostInvoke_AdaptiveCardStartAction_AnswersSynchronouslyAndStartsRolePlay()
    {
        var data = new JsonObject { ["verb"] = "start", ["persona"] = "ingrid", ["lang"] = "da" };

        var response = await Bot.PostAsync(Teams.CardAction(Connector.ServiceUrl, data, "start"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        var messages = Connector.Messages;
        Assert.Contains(messages, m => m.Text?.StartsWith("**Ingrid:** ", StringComparison.Ordinal) == true);
        Assert.All(messages, m => Assert.Equal("f:8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e", m.ReplyToId));
        Assert.All(messages, m => Assert.Equal("a:1xYzPersonalChatWithKari", m.ConversationId));
    }

    [Fact]
    public async Task PostInvoke_UnknownInvokeName_Returns501AndSendsNothing()
    {
        var invoke = Teams.CardAction(Connector.ServiceUrl, new JsonObject(), "start");
        invoke["name"] = "composeExtension/query";

        var response = await Bot.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(Connector.Replies);
    }

    [Fact]
    public async Task PostInvoke_UnknownCardVerb_AnswersWithAnErrorAndChangesNothing()
    {
        var response = await Bot.PostAsync(Teams.CardAction(Connector.ServiceUrl, new JsonObject { ["verb"] = "dance" }, "dance"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Empty(Connector.Replies);
    }

    [Fact]
    public async Task PostConversationUpdate_AnotherMemberAdded_SaysNothing()
    {
        var update = Teams.GroupChatBotAdded(Connector.ServiceUrl, "en-US");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else", ["aadObjectId"] = "0c0b0a09-0807-0605-0403-020100000000" });

        var response = await Bot.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Replies);
    }

    [Fact]
    public async Task PostConversationUpdate_BotAddedAgainDuringRolePlay_WelcomesWithoutLosingTheSession()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start lasse en"));
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "What brings you here today?", id: "1700000000102"));
        var update = Teams.GroupChatBotAdded(Connector.ServiceUrl, "en-US");
        update["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Teams.TenantId, ["id"] = "a:1xYzPersonalChatWithKari" };

        await Bot.PostAsync(update);

        var stored = await Bot.Store.ReadAsync("msteams:a:1xYzPersonalChatWithKari", CancellationToken.None);
        Assert.Equal("lasse", stored!.State.PersonaId);
        Assert.Equal(["What brings you here today?"], stored.State.Inputs);
    }

    [Fact]
    public async Task PostMessage_CardSubmitFallback_StartsTheChosenClient()
    {
        var message = Teams.PersonalMessage(Connector.ServiceUrl, string.Empty, locale: "nb-NO");
        message.Remove("attachments");
        message["value"] = new JsonObject { ["verb"] = "start", ["persona"] = "lasse", ["lang"] = "nb" };

        await Bot.PostAsync(message);

        Assert.Contains(Connector.Messages, m => m.Text?.StartsWith("**Lasse:** ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task PostMessage_ExpectRepliesDeliveryMode_RepliesComeInTheResponseBody()
    {
        var message = Teams.PersonalMessage(Connector.ServiceUrl, "/start gary en");
        message["deliveryMode"] = "expectReplies";

        var response = await Bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Contains(activities, a => ((string?)a!["text"])?.StartsWith("**Gary:** ", StringComparison.Ordinal) == true);
        Assert.Contains(activities, a => (string?)a!["name"] == "mi.state");
        Assert.DoesNotContain(activities, a => (string?)a!["type"] == "typing");
        Assert.Empty(Connector.Replies);
    }

    [Fact]
    public async Task PostMessage_FeedbackCommand_ReportCardLinksToTheFullHtmlReport()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start sara en"));
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "You should really quit smoking for the baby's sake.", id: "1700000000102"));
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "It sounds like you feel judged.", id: "1700000000103"));
        Connector.Clear();

        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/feedback", id: "1700000000104"));

        var report = Assert.Single(Connector.Messages);
        var card = report.Activity["attachments"]![0]!["content"]!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.True(card.ToJsonString().Length < 28_000, "A Teams message must stay under about 28 KB.");
        var link = card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!;
        var url = new Uri((string)link["url"]!);
        var page = await Bot.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sara", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostMessage_FeedbackInNorwegian_ReportCardNamesStateAndCodesInNorwegian()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start lasse nb"));
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "Du bør slutte å drikke.", id: "1700000000202"));
        Connector.Clear();

        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/feedback", id: "1700000000203"));

        var card = Assert.Single(Connector.Messages).Activity["attachments"]![0]!["content"]!;
        var texts = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "TextBlock").Select(b => (string)b!["text"]!).ToList();
        var summary = Assert.Single(texts, t => t.StartsWith("1 replikk; klienten endte i ", StringComparison.Ordinal));
        Assert.DoesNotContain(Enum.GetValues<ClientState>(), s => summary.Contains(s.ToName(), StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Replikk 1 (overtalelse, ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetReport_UnknownId_Returns404()
    {
        var response = await Bot.CreateClient().GetAsync("/reports/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_ConnectorBusyOnce_ReplyIsRetriedAndDelivered()
    {
        Connector.FailNext(1);

        var response = await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start mads en"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Connector.Messages, m => m.Text?.StartsWith("**Mads:** ", StringComparison.Ordinal) == true);
        Assert.True(Connector.Attempts > Connector.Replies.Count, "The refused reply was sent again.");
    }

    [Fact]
    public async Task PostMessage_ConnectorDown_Answers502AndKeepsTheTurn()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start mads en"));
        Connector.FailureStatus = 500;
        Connector.FailNext(int.MaxValue);

        var response = await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "What brings you here today?", id: "1700000000102"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var stored = await Bot.Store.ReadAsync("msteams:a:1xYzPersonalChatWithKari", CancellationToken.None);
        Assert.Equal(["What brings you here today?"], stored!.State.Inputs);
    }
}
