using System.Net;
using System.Text.Json.Nodes;
using MiClientBot.Web.Instructor;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests;

/// <summary>
/// The page, the reports and the instructor view are sent with a Content-Security-Policy (no inline script, no eval)
/// and every response with X-Content-Type-Options: nosniff. That the page still works under the policy is shown by the
/// browser tests.
/// </summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private const string Key = "s3cret-instructor-key-2026";

    private BotHost _host = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _host = new BotHost(new() { ["Instructor:Key"] = Key });
        _http = _host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    public async Task GetPage_Always_HasAPolicyWithOnlyOwnScriptsAndNoSniffing(string path)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Policy(response);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        AssertNoSniff(response);
    }

    [Fact]
    public async Task GetPage_Html_HoldsNoInlineScript()
    {
        var html = await _http.GetStringAsync("/");

        // Every <script> names its file: the policy allows no inline script.
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains(" src=", s.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/app.js")]
    [InlineData("/app.css")]
    [InlineData("/webchat/setup")]
    [InlineData("/healthz")]
    public async Task GetAnything_Always_SaysNoSniff(string path)
    {
        var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoSniff(response);
    }

    [Fact]
    public async Task GetReport_FromTheReportCard_HasAPolicyWithNoScriptAndNoSniffing()
    {
        await TurnAsync("/start gary en");
        await TurnAsync("What brings you here?");
        var card = (await TurnAsync("/feedback")).Single(a => a!["attachments"] is not null)!["attachments"]![0]!["content"]!;
        var link = new Uri((string)card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!).AbsolutePath;

        var response = await _http.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Policy(response);
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        AssertNoSniff(response);
    }

    [Theory]
    [InlineData("/instructor")]
    [InlineData("/instructor/sessions/{id}/report")]
    [InlineData("/instructor/sessions/{id}/transcript")]
    [InlineData("/instructor/sessions/{id}/projector")]
    public async Task GetInstructorView_WithKey_HasAPolicyWithNoInlineScriptAndNoSniffing(string path)
    {
        await TurnAsync("/start gary en");
        using var request = new HttpRequestMessage(HttpMethod.Get, path.Replace("{id}", MiClientBot.Web.Storage.SessionIds.Of("msteams:a:1xYzPersonalChatWithKari"), StringComparison.Ordinal));
        request.Headers.Add(InstructorAuth.HeaderName, Key);

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Policy(response);
        Assert.DoesNotContain("unsafe", policy.Split("script-src", 2).ElementAtOrDefault(1)?.Split(';')[0] ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("default-src", policy, StringComparison.Ordinal);
        AssertNoSniff(response);
    }

    [Fact]
    public async Task GetInstructorLogin_WithoutKey_HasAPolicyAndNoSniffing()
    {
        var response = await _http.GetAsync("/instructor");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("script-src 'self'", Policy(response), StringComparison.Ordinal);
        AssertNoSniff(response);
    }

    private static string Policy(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri}: no Content-Security-Policy");

    private static void AssertNoSniff(HttpResponseMessage response) =>
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));

    private async Task<JsonArray> TurnAsync(string text)
    {
        var message = Teams.PersonalMessage("http://127.0.0.1:9/", text, id: "17" + Guid.NewGuid().ToString("N")[..10]);
        message["deliveryMode"] = "expectReplies";
        var response = await _host.PostAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }
}
