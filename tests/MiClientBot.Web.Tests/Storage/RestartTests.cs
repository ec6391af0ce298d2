using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using MiClientBot.Web.Instructor;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>A host that dies mid-session (kill -9) and starts again: the role-play goes on where it was.</summary>
public sealed class RestartTests
{
    private const string InstructorKey = "restart-test-instructor-key";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task PostMessage_AfterKill9AndRestart_ContinuesWithTurnCountAndBalloon()
    {
        using var folder = new TempFolder();
        var port = FreePort();
        string[] args = [$"--urls=http://127.0.0.1:{port}", $"--Storage:SqliteFile={folder.File("sessions.db")}", $"--Instructor:Key={InstructorKey}"];
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        JsonObject before;
        using (var first = HostProcess.Start(args))
        {
            await WaitUntilUpAsync(http, first);
            await PostAsync(http, "/start gary en", "1");
            await PostAsync(http, "You should really stop drinking, it is killing you.", "2");
            before = await PostAsync(http, "You have to listen to your doctor.", "3");
            Assert.Equal(2, (int)before["turn"]!);
        }

        // Disposing kills the process (SIGKILL): no shutdown, nothing flushed on the way out.
        using var second = HostProcess.Start(args);
        await WaitUntilUpAsync(http, second);

        using var list = new HttpRequestMessage(HttpMethod.Get, "/instructor/api/sessions") { Headers = { { InstructorAuth.HeaderName, InstructorKey } } };
        var session = (await (await http.SendAsync(list)).Content.ReadFromJsonAsync<JsonArray>())!.Single()!;
        Assert.Equal(2, (int)session["turns"]!);
        Assert.Equal((double)before["pressure"]!, (double)session["pressure"]!);
        var after = await PostAsync(http, "It sounds like you feel pushed around.", "4");
        Assert.Equal(3, (int)after["turn"]!);
    }

    [Fact]
    public async Task DirectLine_AfterKill9AndRestart_SameTokenContinuesTheRolePlay()
    {
        using var folder = new TempFolder();
        var port = FreePort();
        string[] args =
        [
            $"--urls=http://127.0.0.1:{port}", $"--Storage:SqliteFile={folder.File("sessions.db")}",
            $"--DirectLine:KeyFile={folder.File("directline.key")}", "--DirectLine:TokenSigningKey=",
        ];
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var client = new DirectLineClient(http);
        string watermark;
        using (var first = HostProcess.Start(args))
        {
            await WaitUntilUpAsync(http, first);
            await client.StartAsync("en-US");
            await client.SayAsync("/start gary en", "c-1");
            await client.SayAsync("You should really stop drinking.", "c-2");
            await client.SayAsync("You have to listen to your doctor.", "c-3");
            var seen = await client.ActivitiesAsync();
            Assert.Equal(2, LastTurn(seen));
            watermark = (string)seen["watermark"]!;
        }

        // The token issued before the kill still opens the conversation, and the role-play goes on at turn 3.
        using var second = HostProcess.Start(args);
        await WaitUntilUpAsync(http, second);
        var again = new DirectLineClient(http) { Token = client.Token, ConversationId = client.ConversationId };
        await again.SayAsync("It sounds like you feel pushed around.", "c-4");

        Assert.Equal(3, LastTurn(await again.ActivitiesAsync()));

        // Web Chat keeps polling from the watermark it had before the restart: it must get the new turn too.
        Assert.Equal(3, LastTurn(await again.ActivitiesAsync(watermark)));
    }

    private static int LastTurn(JsonObject set) =>
        (int)set["activities"]!.AsArray().Last(a => (string?)a!["name"] == "mi.state")!["value"]!["turn"]!;

    /// <summary>Posts a Teams-like message that wants its replies in the response; returns the balloon event's value.</summary>
    private static async Task<JsonObject> PostAsync(HttpClient http, string text, string id)
    {
        var activity = Teams.PersonalMessage("http://127.0.0.1:9/", text, id: "17000000000" + id);
        activity["deliveryMode"] = "expectReplies";
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await http.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        return replies.Single(r => (string?)r!["name"] == "mi.state")!["value"]!.AsObject();
    }

    private static async Task WaitUntilUpAsync(HttpClient http, HostProcess host)
    {
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail("The host did not start: " + host.Output + host.Error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
