using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MiClientBot.Web.Instructor;
using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MiClientBot.Web.Tests.Classroom;

/// <summary>The host with the instructor key set, an instructor's client, and students who join with the code over Direct Line.</summary>
internal sealed class ClassroomHost : IAsyncDisposable
{
    public const string Key = "classroom-instructor-key-2026";

    public ClassroomHost(Dictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["Instructor:Key"] = Key };
        Host = new BotHost(all, time is null ? null : services => services.AddSingleton(time));
    }

    public BotHost Host { get; }

    public HttpClient Instructor(HttpClient? client = null)
    {
        var http = client ?? Host.CreateClient();
        http.DefaultRequestHeaders.Add(InstructorAuth.HeaderName, Key);
        return http;
    }

    public async Task<JsonObject> OpenAsync(string persona = "lasse", string lang = "nb")
    {
        using var response = await PostAsync("/instructor/api/classes", $"{{\"persona\":\"{persona}\",\"lang\":\"{lang}\"}}");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string? body = null)
    {
        using var content = new StringContent(body ?? string.Empty, Encoding.UTF8, "application/json");
        return await Instructor().PostAsync(path, content);
    }

    public async Task<JsonObject> FeedAsync(string code) =>
        (await Instructor().GetFromJsonAsync<JsonObject>($"/instructor/api/classes/{code}"))!;

    public async Task<JsonObject> PickAsync(string code, string replyId)
    {
        using var response = await PostAsync($"/instructor/api/classes/{code}/pick", $"{{\"reply\":\"{replyId}\"}}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>A student's phone: a Direct Line conversation (as the page opens one) that joins the class.</summary>
    public async Task<DirectLineClient> StudentAsync(string code, string? name = null, HttpClient? http = null)
    {
        var student = http is null ? Host.DirectLine() : new DirectLineClient(http);
        await student.StartAsync("nb-NO");
        await student.SayAsync($"/join {code}{(name is null ? string.Empty : " " + name)}", "join-" + Guid.NewGuid().ToString("N"));
        return student;
    }

    /// <summary>What the bot said to the student, oldest first.</summary>
    public static async Task<List<string>> BotSaidAsync(DirectLineClient student)
    {
        var activities = (await student.ActivitiesAsync())["activities"]!.AsArray();
        return [.. activities
            .Where(a => (string?)a!["type"] == "message" && (string?)a["from"]!["role"] == "bot")
            .Select(a => (string?)a!["text"] ?? string.Empty)];
    }

    public static async Task<List<JsonObject>> StatesAsync(DirectLineClient student)
    {
        var activities = (await student.ActivitiesAsync())["activities"]!.AsArray();
        return [.. activities.Where(a => (string?)a!["name"] == "mi.state").Select(a => a!["value"]!.AsObject())];
    }

    public static IEnumerable<JsonObject> Replies(JsonObject feed) =>
        feed["round"]!["groups"]!.AsArray().SelectMany(g => g!["replies"]!.AsArray()).Select(r => r!.AsObject());

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
