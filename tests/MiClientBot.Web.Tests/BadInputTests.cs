using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>What the endpoint answers to input it cannot use: never a 500, never a lost session.</summary>
public sealed class BadInputTests : BotWithConnectorTests
{
    [Fact]
    public async Task PostMessage_MalformedJson_Returns400ProblemDetails()
    {
        var response = await Bot.PostRawAsync("{\"type\": \"message\", \"text\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Empty(Connector.Replies);
    }

    [Fact]
    public async Task PostMessage_MissingConversation_Returns400NamingTheField()
    {
        var message = Teams.PersonalMessage(Connector.ServiceUrl, "hello");
        message.Remove("conversation");

        var response = await Bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
        Assert.Empty(Connector.Replies);
    }

    [Fact]
    public async Task PostMessage_MissingType_Returns400()
    {
        var message = Teams.PersonalMessage(Connector.ServiceUrl, "hello");
        message.Remove("type");

        var response = await Bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostConversationUpdate_MembersAddedHoldingNull_Returns400AndTheHostStaysUp()
    {
        var update = Teams.GroupChatBotAdded(Connector.ServiceUrl, "en-US");
        update["membersAdded"] = JsonNode.Parse("[null,{\"id\":null}]");

        var response = await Bot.PostAsync(update);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("membersAdded[0] is null", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
        Assert.Empty(Connector.Replies);
        Assert.Equal("ok", await Bot.CreateClient().GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task PostMessage_EntitiesHoldingNull_Returns400AndTheSessionIsUntouched()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start lasse en"));
        Connector.Clear();
        var message = Teams.PersonalMessage(Connector.ServiceUrl, "<at>MI Client</at> hello", id: "1700000000102");
        message["entities"] = JsonNode.Parse("[null,{\"type\":\"mention\",\"mentioned\":null}]");

        var response = await Bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Retry-After"));
        Assert.Empty(Connector.Replies);
        var stored = await Bot.Store.ReadAsync("msteams:a:1xYzPersonalChatWithKari", CancellationToken.None);
        Assert.Empty(stored!.State.Inputs);
    }

    [Fact]
    public async Task PostMessage_BodyOver256KB_Returns413()
    {
        var message = Teams.PersonalMessage(Connector.ServiceUrl, new string('a', 300 * 1024));

        var response = await Bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.Replies);
    }

    [Fact]
    public async Task PostActivity_UnknownType_Returns200AndIsIgnored()
    {
        var reaction = Teams.PersonalMessage(Connector.ServiceUrl, string.Empty);
        reaction["type"] = "messageReaction";
        reaction["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });

        var response = await Bot.PostAsync(reaction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Replies);
    }

    [Fact]
    public async Task PostMessage_ImageAttachmentOnly_RepliesThatTheClientOnlyReadsText()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start lasse nb", locale: "nb-NO"));
        Connector.Clear();
        var image = Teams.PersonalMessage(Connector.ServiceUrl, string.Empty, id: "1700000000102", locale: "nb-NO");
        image["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "image/png",
            ["contentUrl"] = "https://smba.trafficmanager.net/amer/v3/attachments/0-weu-d1-1a2b/views/original",
            ["name"] = "original",
        });

        var response = await Bot.PostAsync(image);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Connector.Replies);
        Assert.Equal("Jeg leser bare tekst. Skriv det du vil si til klienten.", reply.Text);
        Assert.Equal("1700000000102", reply.ReplyToId);
        var stored = await Bot.Store.ReadAsync("msteams:a:1xYzPersonalChatWithKari", CancellationToken.None);
        Assert.Empty(stored!.State.Inputs);
    }

    [Fact]
    public async Task PostMessage_ServiceUrlNotHttp_Returns400()
    {
        var message = Teams.PersonalMessage("file:///etc/passwd", "hello");

        var response = await Bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_BodyWithoutContentLength_IsReadAndAnswered()
    {
        var message = Teams.PersonalMessage(Connector.ServiceUrl, "/start lasse nb", locale: "nb-NO");

        var response = await PostUnsizedAsync(message.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Connector.Replies, r => r.Text?.Contains("Lasse", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task PostMessage_BodyWithoutContentLengthOver256KB_Returns413()
    {
        var message = Teams.PersonalMessage(Connector.ServiceUrl, new string('a', 300 * 1024));

        var response = await PostUnsizedAsync(message.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.Replies);
    }

    private async Task<HttpResponseMessage> PostUnsizedAsync(string json)
    {
        using var content = new UnsizedContent(Encoding.UTF8.GetBytes(json));
        return await Bot.CreateClient().PostAsync("/api/messages", content);
    }

    /// <summary>A body sent without a Content-Length (chunked), as some proxies forward it.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
