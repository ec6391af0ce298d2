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

    [Fact]
    public async Task Page_RightingReflexThenReflection_BalloonSwellsThenEasesAndTheReportOpensInThePage()
    {
        var page = await NewPageAsync(1280, 900);
        await page.GotoAsync($"{host.Url}/?persona=lasse&lang=nb");
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

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        page.SetDefaultTimeout(15_000);
        return page;
    }

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
