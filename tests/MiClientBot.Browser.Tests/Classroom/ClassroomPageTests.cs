using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MiClientBot.Browser.Tests.Support;
using Microsoft.Playwright;

namespace MiClientBot.Browser.Tests.Classroom;

/// <summary>
/// Classroom mode in Chromium: the instructor opens a class, students join on their phones with the code, the wall shows
/// their replies grouped with the change each would cause, the instructor picks one and every page goes on from it.
/// </summary>
public sealed class ClassroomPageTests(Chromium chromium, ClassroomWebHost host) : IClassFixture<Chromium>, IClassFixture<ClassroomWebHost>
{
    private const string SendBox = "[data-id=webchat-sendbox-input]";
    private const string Reflection = "Du er lei av at alle bestemmer over deg.";
    private const string RightingReflex = "Du bør legge deg inn, du må slutte å drikke.";

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _refused = new();

    [Fact]
    public async Task Class_TwoStudentsReplyAndTheInstructorPicks_TheNextLineReachesTheWallAndEveryPhone()
    {
        // The instructor logs in, opens a class for Lasse in Norwegian and puts the projector on the wall.
        var wall = await NewPageAsync(await chromium.Browser.NewContextAsync(Viewport(1280, 720)));
        await wall.GotoAsync(host.Url + "/instructor/classes");
        await wall.Locator("#key").FillAsync(ClassroomWebHost.Key);
        await wall.Locator("#key").PressAsync("Enter");
        await wall.Locator("#class-persona").SelectOptionAsync("lasse");
        await wall.Locator("#class-lang").SelectOptionAsync("nb");
        await wall.Locator("#open-class").ClickAsync();
        var opened = new System.Text.RegularExpressions.Regex("Class ([A-Z2-9]{6}) is open");
        await Expect(wall.Locator("#status")).ToHaveTextAsync(opened);
        var code = opened.Match((await wall.Locator("#status").TextContentAsync())!).Groups[1].Value;
        await Expect(wall.Locator($"#classes tbody tr[data-code={code}]")).ToHaveCountAsync(1);
        await wall.Locator("#status a").ClickAsync();
        await Expect(wall.Locator("[data-testid=join-code]")).ToHaveTextAsync(code);
        Assert.Equal("nb", await wall.Locator("html").GetAttributeAsync("lang"));
        await Expect(wall).ToHaveTitleAsync("Klasserom: Lasse");
        var opening = (await wall.Locator("[data-testid=client-line]").TextContentAsync())!;

        // Two phones join with the code from the wall.
        var kari = await StudentAsync(code, "Kari Nordmann");
        var ola = await StudentAsync(code, null);
        await Expect(kari.Locator("#webchat").GetByText(AsRendered(opening)).First).ToBeVisibleAsync();
        await Expect(wall.Locator("#students")).ToHaveTextAsync("2");
        await SayAsync(kari, Reflection);
        await SayAsync(ola, RightingReflex);
        await Expect(kari.GetByText("Sendt til klassen (runde 1).").First).ToBeVisibleAsync();

        // The wall shows both, grouped by what they are, each with its change to the balloon in words.
        var replies = wall.Locator(".reply");
        await Expect(replies).ToHaveCountAsync(2);
        var reflected = wall.Locator(".group.reflection .reply");
        var argued = wall.Locator(".group.persuade .reply");
        await Expect(reflected).ToContainTextAsync(Reflection);
        await Expect(reflected).ToContainTextAsync("Student 1 (KN)");
        await Expect(argued).ToContainTextAsync(RightingReflex);
        await Expect(argued.Locator(".chip.autonomy")).ToContainTextAsync("Autonomi +");
        var down = await Pressure(reflected);
        var up = await Pressure(argued);
        Assert.True(down < up, $"the reflection would move the pressure {down}, the righting reflex {up}");
        await Expect(wall.Locator(".legend .sustain")).ToContainTextAsync("Sak");
        await Expect(wall.Locator(".legend .discord")).ToContainTextAsync("Relasjon");
        await AssertReadableAsync(wall, 1280);
        await wall.ScreenshotAsync(new() { Path = Shot("classroom-projector-nb-1280x720.png") });

        // The instructor picks the reflection: the class goes on from it, on the wall and on both phones.
        await reflected.Locator(".pick").ClickAsync();
        await Expect(wall.Locator("#round")).ToHaveTextAsync("Runde 2");
        await Expect(replies).ToHaveCountAsync(0);
        var next = (await wall.Locator("[data-testid=client-line]").TextContentAsync())!;
        Assert.NotEqual(opening, next);
        foreach (var phone in new[] { kari, ola })
        {
            await Expect(phone.Locator("#webchat").GetByText(AsRendered(next)).First).ToBeVisibleAsync();
            await Expect(phone.Locator("[data-testid=balloon]")).ToHaveAttributeAsync("data-turn", "1");
        }

        await Expect(wall.Locator("[data-testid=balloon]")).ToHaveAttributeAsync("data-turn", "1");
        await kari.ScreenshotAsync(new() { Path = Shot("classroom-phone-nb.png") });
        await wall.ScreenshotAsync(new() { Path = Shot("classroom-projector-nb-round2-1280x720.png") });

        // The class report: the move picked and the balloon over time, in the class's language.
        var report = await NewPageAsync(wall.Context);
        await report.GotoAsync($"{host.Url}/instructor/classes/{code}/report");
        await Expect(report.Locator("h1")).ToHaveTextAsync($"Klasserapport: Lasse ({code})");
        await Expect(report.Locator("tbody tr").First).ToContainTextAsync(Reflection);
        await report.ScreenshotAsync(new() { Path = Shot("classroom-report-nb.png"), FullPage = true });
        Assert.True(_refused.IsEmpty, string.Join(Environment.NewLine, _refused));
    }

    [Theory]
    [InlineData(1280, 720)]
    [InlineData(1920, 1080)]
    public async Task Projector_DanishClass_SpeaksDanishInTheTraineePagesColoursAndReadsFromTheBack(int width, int height)
    {
        var code = await OpenWithRepliesAsync("ingrid", "da", ["Du er træt af, at alle bestemmer over dig.", "Du bør stoppe, du skal holde op.", "Hvad tænker du selv om det?"]);
        var context = await chromium.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Instructor-Key"] = ClassroomWebHost.Key },
        });
        var wall = await NewPageAsync(context);

        await wall.GotoAsync($"{host.Url}/instructor/classes/{code}/projector");

        await Expect(wall.Locator(".reply")).ToHaveCountAsync(3);
        Assert.Equal("da", await wall.Locator("html").GetAttributeAsync("lang"));
        await Expect(wall).ToHaveTitleAsync("Klasserum: Ingrid");
        await Expect(wall.Locator(".legend .sustain")).ToContainTextAsync("Sag");
        await Expect(wall.Locator(".legend .autonomy")).ToContainTextAsync("Autonomi");
        await Expect(wall.Locator(".legend .discord")).ToContainTextAsync("Relation");
        await Expect(wall.Locator(".legend .pressure")).ToContainTextAsync("Tryk");
        await Expect(wall.Locator("#replies-title")).ToHaveTextAsync("Svar");
        await Expect(wall.Locator(".pick").First).ToHaveTextAsync("Vælg");
        await AssertReadableAsync(wall, width);

        // The same colours as the trainee page, from the one stylesheet both use.
        var trainee = await NewPageAsync(await chromium.Browser.NewContextAsync(Viewport(1280, 900)));
        await trainee.GotoAsync(host.Url + "/?lang=da");
        foreach (var source in new[] { "sustain", "autonomy", "discord" })
        {
            var onWall = await StrokeAsync(wall, source);
            Assert.Equal(await StrokeAsync(trainee, source), onWall);
            Assert.Equal(onWall, await wall.Locator($".legend .{source} i").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        }

        await wall.ScreenshotAsync(new() { Path = Shot($"classroom-projector-da-{width}x{height}.png") });
        Assert.True(_refused.IsEmpty, string.Join(Environment.NewLine, _refused));
    }

    [Fact]
    public async Task Projector_SixtyReplies_AllOnTheWallGroupedWithoutSidewaysScrolling()
    {
        string[] kinds =
        [
            "Du er lei av at alle bestemmer over deg.", "Du bør legge deg inn, du må slutte å drikke.", "Hva tenker du selv om drikkingen?",
            "Det er du som bestemmer hva du vil gjøre.", "Mange opplever at søvnen blir bedre når de drikker mindre.", "Det er sterkt av deg å komme hit i dag.",
        ];
        var code = await OpenWithRepliesAsync("lasse", "nb", [.. Enumerable.Range(0, 60).Select(i => $"{kinds[i % kinds.Length]} ({i + 1})")], "nb-NO");
        var context = await chromium.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1920, Height = 1080 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Instructor-Key"] = ClassroomWebHost.Key },
        });
        var wall = await NewPageAsync(context);

        await wall.GotoAsync($"{host.Url}/instructor/classes/{code}/projector");

        await Expect(wall.Locator(".reply")).ToHaveCountAsync(60);
        await Expect(wall.Locator("#students")).ToHaveTextAsync("60");
        Assert.True(await wall.Locator(".group").CountAsync() >= 4);
        await Expect(wall.Locator("[data-testid=spread]")).ToContainTextAsync("Refleksjoner: 10");
        Assert.True(await wall.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 1920);
        await Expect(wall.Locator("[data-testid=client-line]")).ToBeInViewportAsync();
        await wall.ScreenshotAsync(new() { Path = Shot("classroom-projector-nb-60-replies-1920x1080.png") });
        Assert.True(_refused.IsEmpty, string.Join(Environment.NewLine, _refused));
    }

    [Fact]
    public async Task SessionProjector_NorwegianSession_SpeaksNorwegianWithTheSourcesNamedInTheTraineePagesColours()
    {
        var phone = await NewPageAsync(await chromium.Browser.NewContextAsync(Viewport(1280, 900)));
        await phone.GotoAsync($"{host.Url}/?persona=lasse&lang=nb");
        await Expect(phone.Locator("[data-testid=balloon]")).ToHaveAttributeAsync("data-turn", "0");
        await SayAsync(phone, RightingReflex);
        await Expect(phone.Locator("[data-testid=balloon]")).ToHaveAttributeAsync("data-turn", "1");
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };
        http.DefaultRequestHeaders.Add("X-Instructor-Key", ClassroomWebHost.Key);
        var sessions = (await http.GetFromJsonAsync<JsonArray>("/instructor/api/sessions"))!;
        var id = (string)sessions.First(s => (string?)s!["persona"] == "lasse" && (int)s["turns"]! == 1)!["id"]!;
        var context = await chromium.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 720 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Instructor-Key"] = ClassroomWebHost.Key },
        });
        var wall = await NewPageAsync(context);

        await wall.GotoAsync($"{host.Url}/instructor/sessions/{id}/projector");

        await Expect(wall.Locator("[data-testid=balloon]")).ToHaveAttributeAsync("data-turn", "1");
        Assert.Equal("nb", await wall.Locator("html").GetAttributeAsync("lang"));
        await Expect(wall.Locator("#who")).ToHaveTextAsync("Samtale med Lasse");
        await Expect(wall.Locator(".legend .sustain")).ToContainTextAsync("Sak");
        await Expect(wall.Locator(".legend .autonomy")).ToContainTextAsync("Autonomi");
        await Expect(wall.Locator(".legend .discord")).ToContainTextAsync("Relasjon");
        await Expect(wall.Locator("#balloon-status")).ToContainTextAsync("Replikk 1");
        foreach (var source in new[] { "sustain", "autonomy", "discord" })
        {
            Assert.Equal(await StrokeAsync(phone, source), await StrokeAsync(wall, source));
            Assert.Equal(
                await phone.Locator($"[data-testid=balloon]").GetAttributeAsync($"data-{source}"),
                await wall.Locator($"[data-testid=balloon]").GetAttributeAsync($"data-{source}"));
        }

        await wall.ScreenshotAsync(new() { Path = Shot("session-projector-nb-1280x720.png") });
        Assert.True(_refused.IsEmpty, string.Join(Environment.NewLine, _refused));
    }

    /// <summary>
    /// The longest stretch of a client line that Web Chat shows as written: its markdown turns "..." into an ellipsis and
    /// straight quotes into curly ones.
    /// </summary>
    private static string AsRendered(string line) =>
        line.Split(["...", "'", "\"", "--"], StringSplitOptions.TrimEntries).MaxBy(part => part.Length)!;

    private static async Task<string> StrokeAsync(IPage page, string source) =>
        await page.Locator($"[data-testid=balloon] .segment.{source}").EvaluateAsync<string>("e => getComputedStyle(e).stroke");

    /// <summary>Large type that fits: the client's line and the code big, the replies legible, nothing wider than the screen.</summary>
    private static async Task AssertReadableAsync(IPage wall, int width)
    {
        var line = await FontSize(wall, "[data-testid=client-line]");
        var code = await FontSize(wall, "[data-testid=join-code]");
        var reply = await FontSize(wall, ".reply .words");
        Assert.True(line >= width / 50.0, $"client line {line}px at {width}px");
        Assert.True(code >= width / 40.0, $"join code {code}px at {width}px");
        Assert.True(reply >= 18, $"replies {reply}px at {width}px");
        Assert.True(await wall.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width);
        await Expect(wall.Locator("[data-testid=join-code]")).ToBeInViewportAsync();
        await Expect(wall.Locator("[data-testid=balloon]")).ToBeInViewportAsync();
    }

    private static async Task<double> FontSize(IPage page, string selector) =>
        double.Parse(
            (await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).fontSize")).Replace("px", string.Empty, StringComparison.Ordinal),
            CultureInfo.InvariantCulture);

    private static async Task<double> Pressure(ILocator reply)
    {
        var text = (await reply.Locator(".chip.pressure").TextContentAsync())!;
        var number = text[(text.LastIndexOf(' ') + 1)..].Replace('\u2212', '-').Replace("\u00b1", string.Empty, StringComparison.Ordinal);
        return double.Parse(number, CultureInfo.InvariantCulture);
    }

    private async Task<IPage> StudentAsync(string code, string? name)
    {
        var context = await chromium.Browser.NewContextAsync(Viewport(390, 844));
        var page = await NewPageAsync(context);
        await page.GotoAsync($"{host.Url}/?class={code}&lang=nb" + (name is null ? string.Empty : "&name=" + Uri.EscapeDataString(name)));
        await Expect(page.Locator("[data-testid=class-badge]")).ToHaveTextAsync($"Klasse {code}");
        await Expect(page.Locator("#webchat").GetByText($"Du er med i klasse {code}").First).ToBeVisibleAsync();
        return page;
    }

    /// <summary>A class opened over the API with a few students' replies sent over Direct Line, as phones would.</summary>
    private async Task<string> OpenWithRepliesAsync(string persona, string lang, IReadOnlyList<string> replies, string locale = "da-DK")
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.Url) };
        http.DefaultRequestHeaders.Add("X-Instructor-Key", ClassroomWebHost.Key);
        using var opened = await http.PostAsync("/instructor/api/classes", Json(new JsonObject { ["persona"] = persona, ["lang"] = lang }));
        opened.EnsureSuccessStatusCode();
        var code = (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["code"]!;
        foreach (var reply in replies)
        {
            using var student = new HttpClient { BaseAddress = new Uri(host.Url) };
            using var token = await student.PostAsync("/v3/directline/tokens/generate", Json(new JsonObject()));
            student.DefaultRequestHeaders.Authorization = new("Bearer", (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!);
            using var started = await student.PostAsync("/v3/directline/conversations", Json(new JsonObject { ["locale"] = locale }));
            var conversation = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!;
            foreach (var text in new[] { $"/join {code}", reply })
            {
                using var sent = await student.PostAsync($"/v3/directline/conversations/{conversation}/activities",
                    Json(new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "phone" }, ["text"] = text }));
                sent.EnsureSuccessStatusCode();
            }
        }

        return code;
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static BrowserNewContextOptions Viewport(int width, int height) => new() { ViewportSize = new() { Width = width, Height = height } };

    private async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                _refused.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => _refused.Enqueue("script error: " + error);
        return page;
    }

    private static async Task SayAsync(IPage page, string text)
    {
        var box = page.Locator(SendBox);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    private static string Shot(string name) => Path.Combine(Chromium.Artifacts, name);
}
