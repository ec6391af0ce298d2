using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace MiClientBot.Web.Tests.Classroom;

/// <summary>
/// A full lecture hall: 60 phones join one class on the real Kestrel host over loopback and all send their reply in the
/// same second. Every reply must reach the wall, none twice, and no request may fail.
/// </summary>
public sealed class ClassroomLoadTests(ITestOutputHelper output)
{
    private const int Students = 60;

    private static readonly string[] Replies =
    [
        "Du er lei av at alle bestemmer over deg.",
        "Du bør legge deg inn, du må slutte å drikke.",
        "Hva tenker du selv om drikkingen?",
        "Det er du som bestemmer hva du vil gjøre.",
        "Mange opplever at søvnen blir bedre når de drikker mindre.",
        "Det er sterkt av deg å komme hit i dag.",
    ];

    [Fact]
    public async Task Reply_SixtyStudentsInTheSameSecond_AllShownNoneLostNo5xx()
    {
        await using var classroom = new ClassroomHost();
        var url = classroom.Host.StartOnLoopback();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var code = (string)(await classroom.OpenAsync())["code"]!;
        var students = await Task.WhenAll(Enumerable.Range(0, Students).Select(_ => classroom.StudentAsync(code, http: http)));

        var clock = Stopwatch.StartNew();
        using var start = new SemaphoreSlim(0);
        var sends = students.Select(async (student, i) =>
        {
            await start.WaitAsync();
            using var response = await student.SendAsync(HttpMethod.Post, $"/conversations/{student.ConversationId}/activities", new JsonObject
            {
                ["type"] = "message",
                ["from"] = new JsonObject { ["id"] = "student" },
                ["text"] = $"{Replies[i % Replies.Length]} ({i})",
            });
            return response.StatusCode;
        }).ToList();
        start.Release(Students);
        var statuses = await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(60));
        clock.Stop();

        output.WriteLine($"{Students} replies in {clock.ElapsedMilliseconds} ms");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        using var instructor = classroom.Instructor(new HttpClient { BaseAddress = new Uri(url) });
        var feed = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonObject>(instructor, $"/instructor/api/classes/{code}"))!;
        var shown = ClassroomHost.Replies(feed).ToList();
        Assert.Equal(Students, (int)feed["round"]!["replyCount"]!);
        Assert.Equal(Students, shown.Select(r => (string)r["student"]!).Distinct().Count());
        Assert.Equal(
            Enumerable.Range(0, Students).Select(i => $"{Replies[i % Replies.Length]} ({i})").Order(StringComparer.Ordinal),
            shown.Select(r => (string)r["text"]!).Order(StringComparer.Ordinal));
        Assert.True(feed["round"]!["groups"]!.AsArray().Count >= 4, "the replies spread over the behaviours");
        foreach (var student in students)
        {
            Assert.StartsWith("Sendt til klassen (runde 1).", (await ClassroomHost.BotSaidAsync(student))[^1], StringComparison.Ordinal);
        }
    }
}
