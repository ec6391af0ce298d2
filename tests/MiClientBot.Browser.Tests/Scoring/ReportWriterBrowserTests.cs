using System.Globalization;
using MiClientBot.Browser.Tests.Support;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Browser.Tests.Scoring;

public class ReportWriterBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string[] Script =
    [
        "What brings you here today?",
        "You should stop drinking, it's bad for your liver.",
        "You're in denial about this.",
        "You're fed up with people telling you what to do.",
        "It's your decision what you do with this.",
        "On the one hand the pub is your social life, and on the other hand the liver results scared you.",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("da")]
    public async Task Write_Html_RendersInChromiumWithTheBalloonChart(string lang)
    {
        LanguageCodes.TryParse(lang, out var language);
        var flow = new ConversationFlow(new ClientEngine(PersonaCatalog.Load(Path.Combine(Repo.Root, "scenarios")), TraineeMoveCoder.CreateDefault()));
        var (state, _) = flow.Start(new ConversationState(), "gary", language);
        foreach (var line in Script)
        {
            (state, _) = flow.Handle(state, line);
        }

        var html = ReportWriter.Write(flow.BuildReport(state), ReportFormat.Html);
        var file = Path.Combine(Path.GetTempPath(), $"mi-report-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);

        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 1400 } });
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, $"report-{lang}.png"), FullPage = true });

        var chart = page.Locator("svg[data-testid=balloon-chart]");
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 300 && box.Height > 100, $"chart is {box.Width}x{box.Height}");
        foreach (var series in new[] { "sustain", "autonomy", "discord", "pressure" })
        {
            var points = await chart.Locator($"polyline.series-{series}").GetAttributeAsync("points");
            Assert.Equal(Script.Length + 1, points!.Split(' ').Length);
        }

        var autonomy = (await chart.Locator("polyline.series-autonomy").GetAttributeAsync("points"))!.Split(' ')
            .Select(p => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.True(autonomy.Min() < autonomy[0], "the righting reflex should draw the autonomy line upwards");
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(3, await page.Locator("ol > li").CountAsync());
        await page.CloseAsync();
    }
}
