using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of /api/messages: random and malformed activities, bodies and strings, and the corpus's known poisons
/// (Fuzz/Corpus) with their lists reordered, which must keep their fixed answers. Every answer must be
/// below 500 (501 only for invokes, the protocol's "not implemented"), the host must stay up, and a control
/// conversation played between the fuzz must count its turns exactly, whatever was aimed at it (redeliveries of
/// its last turn included).
/// </summary>
public sealed class MessagesFuzzTests : IAsyncLifetime
{
    private const int Seed = 9_2026;
    private const int Iterations = 400;
    private const string ControlId = "fuzz-control";

    // Varied MI-adherent moves: the client (rightly) tires of the same few lines said over and over, and walks out.
    private static readonly string[] ControlLines =
    [
        "You have been feeling lonely since your husband died.", "What would it mean to you to hear from Else again?",
        "It's your choice whether you call her.", "You miss having someone to talk to in the evenings.",
        "The evenings are the hardest part.", "Part of you wants company, and part of you dreads the first call.",
        "You've managed a lot on your own these years.", "What would a good week look like for you?",
        "You're not sure she would even remember you.", "So the phone feels heavier than it should.",
        "You'd like things to be a bit less quiet.", "Whatever you decide, it's up to you.",
        "It took some courage to talk about this today.", "You're wondering if it's worth the bother.",
    ];

    private FakeConnector _connector = null!;
    private BotHost _host = null!;
    private HttpClient _http = null!;
    private JsonObject _lastControl = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = BotHost.Anonymous();
        _http = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task PostActivity_SeededRandomAndMalformedInput_NoServerErrorAndControlTurnsStayExact()
    {
        var random = new Random(Seed);
        var turns = 0;
        await ControlTurnAsync("/start ingrid en", 0, "start");
        for (var i = 0; i < Iterations; i++)
        {
            var where = $"seed {Seed}, iteration {i}";
            var activity = FuzzActivities.Activity(random, _connector.ServiceUrl, "fuzz-" + (i % 7));
            switch (random.Next(5))
            {
                case 4:
                    // A known poison from the corpus, its lists shuffled: still its fixed answer, never a 5xx.
                    var poison = FuzzCorpus.Messages[random.Next(FuzzCorpus.Messages.Count)];
                    using (var response = await PostAsync(poison.ContentType, FuzzActivities.Shuffled(random, poison.Body)))
                    {
                        Assert.True((int)response.StatusCode == poison.Expect, $"{where} (corpus {poison.Name}): answered {(int)response.StatusCode}, expected {poison.Expect}");
                    }

                    break;
                case 0:
                    await AssertNoServerErrorAsync(await PostAsync(FuzzActivities.MalformedBody(random, activity)), null, where + " (malformed body)");
                    break;
                case 1:
                    // Now and then the channel delivers the last control turn again (same id): it must not count twice.
                    var aimed = random.Next(5) == 0 ? _lastControl : RejectedAtControl(random);
                    await AssertNoServerErrorAsync(await PostAsync(aimed), "invoke", where + " (aimed at the control conversation)");
                    await AssertControlAsync(turns, where);
                    break;
                default:
                    await AssertNoServerErrorAsync(await PostAsync(activity), TypeOf(activity), where);
                    break;
            }

            if (i % 10 == 9)
            {
                turns++;
                await ControlTurnAsync(ControlLines[turns % ControlLines.Length], turns, where);
            }
        }

        Assert.Equal("ok", await _http.GetStringAsync("/healthz"));
        await AssertControlAsync(turns, "after the fuzz");
    }

    /// <summary>Activities for the control conversation that must not change it: rejected, ignored, or a welcome again.</summary>
    private static JsonObject RejectedAtControl(Random random)
    {
        var activity = ControlMessage(FuzzStrings.Next(random));
        switch (random.Next(6))
        {
            case 0: activity.Remove("from"); break;
            case 1: activity["type"] = "messageReaction"; break;
            case 2: activity["type"] = "typing"; break;
            case 3: (activity["type"], activity["membersAdded"]) = ("conversationUpdate", new JsonArray(new JsonObject { ["id"] = "bot" })); break;
            case 4: (activity["type"], activity["name"]) = ("invoke", FuzzStrings.Next(random)); break;
            default: (activity["type"], activity["name"], activity["value"]) = ("invoke", "adaptiveCard/action", FuzzActivities.Node(random, 3)); break;
        }

        return activity;
    }

    private static string? TypeOf(JsonObject activity) => activity["type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;

    private static JsonObject ControlMessage(string text) => new()
    {
        ["type"] = "message",
        ["id"] = "control-" + Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = "control-user" },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = ControlId },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    private async Task ControlTurnAsync(string text, int expectedTurn, string where)
    {
        _lastControl = ControlMessage(text);
        using var response = await PostAsync(_lastControl);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{where}: control turn answered {(int)response.StatusCode}: {body}");
        var events = JsonNode.Parse(body)!["activities"]!.AsArray().Where(a => (string?)a!["name"] == "mi.state").ToList();
        var turn = Assert.Single(events)!["value"]!["turn"]!.GetValue<int>();
        Assert.True(turn == expectedTurn, $"{where}: control turn {expectedTurn} came back as {turn}");
        await AssertControlAsync(expectedTurn, where);
    }

    private async Task AssertControlAsync(int turns, string where)
    {
        var stored = await _host.Store.ReadAsync("msteams:" + ControlId, CancellationToken.None);
        Assert.True(stored?.State.Session is not null, $"{where}: the control session is gone");
        Assert.True(stored!.State.Inputs.Count == turns && stored.State.Session!.Turn == turns && stored.State.PersonaId == "ingrid",
            $"{where}: control session has {stored.State.Inputs.Count} inputs, turn {stored.State.Session!.Turn}, persona {stored.State.PersonaId}; expected {turns} turns of ingrid");
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => PostAsync(System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString()));

    private Task<HttpResponseMessage> PostAsync(byte[] body) => PostAsync("application/json", body);

    private async Task<HttpResponseMessage> PostAsync(string contentType, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await _http.PostAsync("/api/messages", content);
    }

    private static async Task AssertNoServerErrorAsync(HttpResponseMessage response, string? type, string where)
    {
        using (response)
        {
            var status = (int)response.StatusCode;
            var allowed = status < 500 || (status == 501 && type == "invoke");
            Assert.True(allowed, $"{where}: answered {status} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
