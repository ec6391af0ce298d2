using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiClientBot.Web.Instructor;
using MiClientBot.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MiClientBot.Web.Tests.Instructor;

/// <summary>/instructor: refused without the key; with it, the class's sessions, reports, exports and the projector.</summary>
public sealed class InstructorViewTests : IAsyncLifetime
{
    private const string Key = "s3cret-instructor-key-2026";

    private FakeConnector _connector = null!;
    private BotHost _host = null!;
    private long _nextId;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = new BotHost(new() { ["Instructor:Key"] = Key });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("/instructor")]
    [InlineData("/instructor/api/sessions")]
    [InlineData("/instructor/export.csv")]
    [InlineData("/instructor/export.json")]
    public async Task Get_WithoutKey_Is401(string path)
    {
        await StartSessionAsync();

        var response = await _host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(Teams.UserName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPage_WithoutKey_ShowsTheLoginForm()
    {
        var response = await _host.CreateClient().GetAsync("/instructor");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("<label for=\"key\">Instructor key</label>", html, StringComparison.Ordinal);
        Assert.Contains("Enter the instructor key", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSessions_WrongKey_Is401WithProblem()
    {
        var response = await Send("/instructor/api/sessions", "not-the-key-at-all-nope");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Instructor key required", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
    }

    [Fact]
    public async Task GetSessions_KeyNotConfigured_Is401SayingHowToTurnItOn()
    {
        await using var host = BotHost.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/instructor/api/sessions") { Headers = { { InstructorAuth.HeaderName, "anything-at-all-here" } } };

        var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("set Instructor:Key", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSessions_WithKey_ListsPersonaTraineeTurnsAndBalloon()
    {
        await StartSessionAsync();
        await PostAsync("You have to stop drinking now.");

        var session = Assert.Single((await (await Send("/instructor/api/sessions")).Content.ReadFromJsonAsync<JsonArray>())!)!;

        Assert.Equal("Gary", (string?)session["personaName"]);
        Assert.Equal(Teams.UserName, (string?)session["trainee"]);
        Assert.Equal(1, (int)session["turns"]!);
        Assert.Equal("msteams", (string?)session["channel"]);
        Assert.NotNull(session["state"]);
        Assert.InRange((double)session["pressure"]!, 0.1, 100);
    }

    [Fact]
    public async Task GetSessions_BearerKey_IsAccepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/instructor/api/sessions");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);

        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Login_RightKey_SetsACookieThatOpensThePage()
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var login = await client.PostAsync("/instructor/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = Key, ["return"] = "/instructor" }));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Key, cookie, StringComparison.Ordinal);
        var page = await client.GetAsync("/instructor");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<table id=\"sessions\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/instructor/api/sessions")).StatusCode);
    }

    [Fact]
    public async Task Login_WrongKey_Is401AndSaysSo()
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await client.PostAsync("/instructor/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = "guess-guess-guess-guess" }));

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("That is not the instructor key.", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(login.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Login_ReturnOutsideTheView_RedirectsToTheView()
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await client.PostAsync("/instructor/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = Key, ["return"] = "//evil.example/instructor" }));

        Assert.Equal("/instructor", login.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/instructor\r\nSet-Cookie: x=1")]
    [InlineData("/instructor/sessions/\u00e6\u00f8\u00e5")]
    public async Task Login_ReturnAHeaderCannotCarry_Is400AndSetsNoCookie(string back)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await client.PostAsync("/instructor/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = Key, ["return"] = back }));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.False(login.Headers.Contains("Set-Cookie"));
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task GetReport_WithKey_IsTheFullHtmlReport()
    {
        var id = await StartSessionAsync();
        await PostAsync("It sounds like the liver tests worried you.");

        var response = await Send($"/instructor/sessions/{id}/report");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Gary", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTranscript_WithKey_ShowsBothSidesHtmlEncoded()
    {
        var id = await StartSessionAsync();
        await PostAsync("<b>You</b> want to feel better?");

        var html = await (await Send($"/instructor/sessions/{id}/transcript")).Content.ReadAsStringAsync();

        Assert.Contains("&lt;b&gt;You&lt;/b&gt; want to feel better?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>You</b>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Gary:</strong>", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{Teams.UserName}:</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_WithKey_OneRowPerSessionWithHeader()
    {
        await StartSessionAsync();
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start sara en", id: "1700000000200", conversationId: "a:other"));

        var response = await Send("/instructor/export.csv");

        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Equal(CsvExport.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains(",sara,Sara,en,Kari Nordmann,0,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportJson_WithKey_HasEverySessionWithItsTranscript()
    {
        await StartSessionAsync();
        await PostAsync("You are not sure this is your problem.");

        var export = (await (await Send("/instructor/export.json")).Content.ReadFromJsonAsync<JsonArray>())!;

        var session = Assert.Single(export)!;
        Assert.Equal("Gary", (string?)session["session"]!["personaName"]);
        var transcript = session["transcript"]!.AsArray();
        Assert.Equal(["trainee", "client", "trainee", "client"], transcript.Select(l => (string?)l!["speaker"]));
        Assert.Equal("You are not sure this is your problem.", (string?)transcript[2]!["text"]);
    }

    [Fact]
    public async Task GetProjector_WithKey_IsABigBalloonPolledFromJson()
    {
        var id = await StartSessionAsync();

        var page = await (await Send($"/instructor/sessions/{id}/projector")).Content.ReadAsStringAsync();
        var balloon = (await (await Send($"/instructor/api/sessions/{id}/balloon")).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Contains("<svg id=\"balloon\"", page, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("projector.js", page, StringComparison.Ordinal);
        var script = await (await _host.CreateClient().GetAsync("/instructor/assets/projector.js")).Content.ReadAsStringAsync();
        Assert.Contains("/balloon", script, StringComparison.Ordinal);
        Assert.Equal(0, (int)balloon["turns"]!);
        Assert.NotNull(balloon["pressure"]);
    }

    [Fact]
    public async Task GetProjector_WithoutKey_IsTheLoginFormReturningToIt()
    {
        var id = await StartSessionAsync();

        var response = await _host.CreateClient().GetAsync($"/instructor/sessions/{id}/projector");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains($"value=\"/instructor/sessions/{id}/projector\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReport_UnknownSession_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Send("/instructor/sessions/0123456789abcdef0123/report")).StatusCode);
    }

    private async Task<string> StartSessionAsync()
    {
        await _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, "/start gary en", id: "1700000000100"));
        return MiClientBot.Web.Storage.SessionIds.Of("msteams:a:1xYzPersonalChatWithKari");
    }

    // Ids count up from the /start message's: a random suffix met "00" one run in 256 and the bot dropped the
    // move as a redelivery of /start.
    private Task PostAsync(string text) =>
        _host.PostAsync(Teams.PersonalMessage(_connector.ServiceUrl, text, id: (1700000000101 + Interlocked.Increment(ref _nextId)).ToString(CultureInfo.InvariantCulture)));

    private Task<HttpResponseMessage> Send(string path, string key = Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(InstructorAuth.HeaderName, key);
        return _host.CreateClient().SendAsync(request);
    }
}
