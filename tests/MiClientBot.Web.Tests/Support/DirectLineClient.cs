using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace MiClientBot.Web.Tests.Support;

/// <summary>A raw Direct Line 3.0 client over the in-memory host, for what the tests check field by field.</summary>
internal sealed class DirectLineClient
{
    public const string Route = "/v3/directline";

    private readonly HttpClient _http;

    public DirectLineClient(HttpClient http) => _http = http;

    public string? Token { get; set; }

    public string? ConversationId { get; set; }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, Route + path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if ((bearer ?? Token) is { Length: > 0 } credential)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        return await _http.SendAsync(request);
    }

    /// <summary>Gets a token and opens its conversation, as Web Chat does.</summary>
    public async Task<JsonObject> StartAsync(string? locale = null)
    {
        using var generated = await SendAsync(HttpMethod.Post, "/tokens/generate", bearer: string.Empty);
        generated.EnsureSuccessStatusCode();
        var ticket = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;
        Token = (string)ticket["token"]!;
        using var started = await SendAsync(HttpMethod.Post, "/conversations", new JsonObject { ["locale"] = locale });
        started.EnsureSuccessStatusCode();
        var conversation = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        ConversationId = (string)conversation["conversationId"]!;
        return conversation;
    }

    public async Task<string> SayAsync(string text, string clientActivityId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/conversations/{ConversationId}/activities", new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "someone-else" },
            ["text"] = text,
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public async Task<JsonObject> ActivitiesAsync(string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/conversations/{ConversationId}/activities" + (watermark is null ? string.Empty : "?watermark=" + watermark));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
