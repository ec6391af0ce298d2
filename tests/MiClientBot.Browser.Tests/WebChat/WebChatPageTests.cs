using System.Globalization;
using MiClientBot.Browser.Tests.Support;
using Microsoft.Playwright;

namespace MiClientBot.Browser.Tests.WebChat;

/// <summary>The page at / in Chromium: Microsoft's Web Chat over the host's Direct Line, and the balloon beside it.</summary>
public sealed class WebChatPageTests(Chromium chromium, WebHost host) : IClassFixture<Chromium>, IClassFixture<WebHost>
{
    private const string RightingReflex = "Du bør legge deg inn, du må slutte å drikke.";
    private const string Reflection = "Du er lei av at alle bestemmer over deg.";
    private const string SendBox = "[data-id=webchat-sendbox-input]";
    private const string Balloon = "[data-testid=balloon]";

    // The clients whose "Name, age" does not fit the closed client picker at its current width.
    private const string CutNames =
        "(() => { const s = document.querySelector('#pick-persona'), cs = getComputedStyle(s);"
        + " const ctx = document.createElement('canvas').getContext('2d'); ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;"
        + " const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 24;"
        + " return [...s.options].map(o => o.text.split(' - ')[0]).filter(name => ctx.measureText(name).width > room); })()";

    [Fact]
    public async Task Page_RightingReflexThenReflection_BalloonSwellsThenEasesAndTheReportOpensInThePage()
    {
        var page = await NewPageAsync(1280, 900);
        var response = await page.GotoAsync($"{host.Url}/?persona=lasse&lang=nb");
        Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        var opening = await TurnAsync(page, 0);
        Assert.Equal("nb", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("lasse", await page.Locator("#pick-persona").InputValueAsync());
        await Expect(page.GetByText("Lasse:").First).ToBeVisibleAsync();

        await SayAsync(page, RightingReflex);
        var pushed = await TurnAsync(page, 1);
        Assert.True(
            pushed.Autonomy > opening.Autonomy || pushed.Discord > opening.Discord,
            $"autonomy {opening.Autonomy} -> {pushed.Autonomy}, discord {opening.Discord} -> {pushed.Discord}");
        var state = await page.Locator(Balloon).GetAttributeAsync("data-state");
        var status = await page.Locator("#balloon-status").TextContentAsync();
        Assert.StartsWith("Replikk 1 · ", status, StringComparison.Ordinal);
        Assert.DoesNotContain(state!, status!, StringComparison.Ordinal);
        Assert.True(status!.Length > "Replikk 1 · ".Length, status);
        await page.ScreenshotAsync(new() { Path = Shot("webchat-1-righting-reflex.png") });

        await SayAsync(page, Reflection);
        var reflected = await TurnAsync(page, 2);
        Assert.True(reflected.Pressure < pushed.Pressure, $"pressure {pushed.Pressure} -> {reflected.Pressure}");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-2-reflection.png") });

        await SayAsync(page, "/feedback");
        var button = page.Locator("#report-button");
        await Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
        var dialog = page.Locator("#report-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.FrameLocator("#report-frame").Locator("h1")).ToContainTextAsync("Lasse");
        await page.ScreenshotAsync(new() { Path = Shot("webchat-3-report.png") });

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        AssertNothingRefused();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Page_PickersChosenByKeyboard_StartTheChosenClientInTheChosenLanguage()
    {
        var page = await NewPageAsync(1280, 900);
        await page.GotoAsync(host.Url + "/");
        await Expect(page.Locator("#pick-persona option")).ToHaveCountAsync(5);

        await page.Locator("#pick-persona").FocusAsync();
        await page.Locator("#pick-persona").SelectOptionAsync("ingrid");
        await page.Locator("#pick-lang").SelectOptionAsync("da");
        await page.Locator("#start").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await TurnAsync(page, 0);
        await Expect(page.GetByText("Ingrid:").First).ToBeVisibleAsync();
        Assert.Equal("da", await page.Locator("html").GetAttributeAsync("lang"));
        await Expect(page.Locator("#balloon-title")).ToHaveTextAsync("Ballonen");
        AssertNothingRefused();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Page_AtPhoneWidth_ShowsBalloonAndSendBoxWithoutSidewaysScrolling()
    {
        var page = await NewPageAsync(390, 844);
        await page.GotoAsync($"{host.Url}/?persona=lasse&lang=nb");
        await TurnAsync(page, 0);

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page is {scrollWidth}px wide at 390px");
        var balloon = await page.Locator(Balloon).BoundingBoxAsync();
        Assert.NotNull(balloon);
        Assert.True(balloon.X >= 0 && balloon.X + balloon.Width <= 390 && balloon.Y < 844, $"balloon at {balloon.X},{balloon.Y} {balloon.Width}x{balloon.Height}");
        await Expect(page.Locator(SendBox)).ToBeVisibleAsync();
        await SayAsync(page, RightingReflex);
        await TurnAsync(page, 1);
        await page.ScreenshotAsync(new() { Path = Shot("webchat-phone.png"), FullPage = true });
        AssertNothingRefused();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Page_Opened_OffersTheHeaderPickersAsTheOneWayToChooseAndAsksOnce()
    {
        var page = await NewPageAsync(1280, 900);
        await page.GotoAsync(host.Url + "/");

        // The messages as shown (Web Chat also labels each one for screen readers, with the same words).
        var prompt = page.Locator("#webchat .webchat__render-markdown", new() { HasText = "Who would you like to talk to?" });
        await Expect(prompt).ToHaveCountAsync(1);
        await Expect(page.Locator("#webchat .ac-adaptiveCard")).ToHaveCountAsync(0);
        await Expect(page.Locator("#webchat").GetByRole(AriaRole.Button, new() { Name = "Gary" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#pick-persona option")).ToHaveCountAsync(5);
        await page.ScreenshotAsync(new() { Path = Shot("webchat-0-front.png") });
        AssertNothingRefused();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Page_AtPhoneWidthAfterStart_KeepsTheHeaderInViewAndTheClientsNamesWhole()
    {
        var page = await NewPageAsync(390, 844);
        await page.GotoAsync(host.Url + "/");
        await Expect(page.Locator("#pick-persona option")).ToHaveCountAsync(5);
        await page.Locator("#pick-persona").SelectOptionAsync("ingrid");
        await page.Locator("#pick-lang").SelectOptionAsync("da");
        await page.Locator("#start").ClickAsync();
        await TurnAsync(page, 0);
        await SayAsync(page, "Du er ensom om aftenen.");
        await TurnAsync(page, 1);

        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        var header = await page.EvaluateAsync<double[]>("(() => { const r = document.querySelector('header.top').getBoundingClientRect(); return [r.top, r.bottom]; })()");
        Assert.True(header[0] >= 0 && header[1] <= 844 && header[1] > 0, $"the header is at {header[0]}..{header[1]} after Start");
        await Expect(page.Locator(SendBox)).ToBeInViewportAsync();

        // Each option's "Name, age" must fit the closed picker (a native select cannot wrap).
        var cut = await page.EvaluateAsync<string[]>(CutNames);
        Assert.Empty(cut);
        await page.ScreenshotAsync(new() { Path = Shot("webchat-phone-after-start.png") });
        AssertNothingRefused();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Page_WebChatBundleMissing_ExplainsHowToGetIt()
    {
        var page = await NewPageAsync(1280, 900);
        await page.RouteAsync("**/lib/botframework-webchat/webchat.js", route => route.FulfillAsync(new() { Status = 404 }));
        await page.GotoAsync(host.Url + "/");

        var notice = page.Locator("#notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("npm");
        await Expect(page.Locator("#start")).ToBeDisabledAsync();
        await page.CloseAsync();
    }

    // What the browser refused under the page's Content-Security-Policy (it says so on the console), and script errors.
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _refused = new();

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
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

    private void AssertNothingRefused() => Assert.True(_refused.IsEmpty, string.Join(Environment.NewLine, _refused));

    private static async Task SayAsync(IPage page, string text)
    {
        var box = page.Locator(SendBox);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Waits until the balloon shows <paramref name="turn"/> and reads it.</summary>
    private static async Task<BalloonReading> TurnAsync(IPage page, int turn)
    {
        var balloon = page.Locator(Balloon);
        await Expect(balloon).ToHaveAttributeAsync("data-turn", turn.ToString(CultureInfo.InvariantCulture));
        async Task<double> Read(string name) =>
            double.Parse((await balloon.GetAttributeAsync("data-" + name))!, CultureInfo.InvariantCulture);
        return new BalloonReading(await Read("pressure"), await Read("sustain"), await Read("autonomy"), await Read("discord"));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static string Shot(string name) => Path.Combine(Chromium.Artifacts, name);

    private sealed record BalloonReading(double Pressure, double Sustain, double Autonomy, double Discord);
}
