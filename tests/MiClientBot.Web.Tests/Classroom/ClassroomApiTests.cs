using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiClientBot.Web.Classroom;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.Classroom;

/// <summary>Classroom mode end to end over HTTP: the instructor's API and students' chats over Direct Line.</summary>
public sealed class ClassroomApiTests : IAsyncLifetime
{
    private const string Reflection = "Du er lei av at alle bestemmer over deg.";
    private const string RightingReflex = "Du bør legge deg inn, du må slutte å drikke.";

    private ClassroomHost _class = null!;

    public Task InitializeAsync()
    {
        _class = new ClassroomHost(new() { ["Classroom:MaxStudents"] = "3", ["Classroom:MaxClasses"] = "3", ["Classroom:MaxReplyLength"] = "80" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _class.DisposeAsync();

    [Fact]
    public async Task Open_WithKey_GivesASixCharacterCodeInTheClassLanguage()
    {
        var opened = await _class.OpenAsync("lasse", "nb");

        var code = (string)opened["code"]!;
        Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$", code);
        Assert.Equal($"/?class={code}&lang=nb", (string?)opened["joinPath"]);
        Assert.Equal($"/instructor/classes/{code}/projector", (string?)opened["projectorPath"]);
        var feed = await _class.FeedAsync(code);
        Assert.Equal("nb", (string?)feed["language"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)feed["round"]!["clientLine"]));
        Assert.Equal(1, (int)feed["round"]!["number"]!);
    }

    [Fact]
    public async Task Open_WithoutKey_Is401()
    {
        using var content = new StringContent("{\"persona\":\"lasse\",\"lang\":\"nb\"}", System.Text.Encoding.UTF8, "application/json");

        var response = await _class.Host.CreateClient().PostAsync("/instructor/api/classes", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"persona\":\"nobody\",\"lang\":\"nb\"}", "Unknown persona 'nobody'; choose one of:")]
    [InlineData("{\"persona\":\"lasse\",\"lang\":\"sv\"}", "does not speak 'sv'")]
    [InlineData("not json", "Send a JSON object")]
    [InlineData("[1,2]", "Send a JSON object")]
    public async Task Open_BadRequest_Is400SayingWhy(string body, string detail)
    {
        using var response = await _class.PostAsync("/instructor/api/classes", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(detail, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_MoreThanMaxClasses_Is409()
    {
        for (var i = 0; i < 3; i++)
        {
            await _class.OpenAsync();
        }

        using var response = await _class.PostAsync("/instructor/api/classes", "{\"persona\":\"lasse\",\"lang\":\"nb\"}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Classroom:MaxClasses", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_WithCodeInLowerCase_WelcomesAsANumberedStudentWithInitialsAndTheClientsLine()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var line = (string)(await _class.FeedAsync(code))["round"]!["clientLine"]!;

        var student = await _class.StudentAsync(code.ToLowerInvariant(), "Kari Nordmann");

        var said = (await ClassroomHost.BotSaidAsync(student))[^1];
        Assert.Contains($"Du er med i klasse {code} som Student 1 (KN).", said, StringComparison.Ordinal);
        Assert.Contains($"**Lasse:** {line}", said, StringComparison.Ordinal);
        Assert.Single(await ClassroomHost.StatesAsync(student));
        Assert.Equal(1, (int)(await _class.FeedAsync(code))["students"]!);
    }

    [Fact]
    public async Task Join_WrongCode_SaysThereIsNoSuchClass()
    {
        var student = await _class.StudentAsync("ZZZZZZ");

        Assert.StartsWith("Det finnes ingen klasse med koden ZZZZZZ.", (await ClassroomHost.BotSaidAsync(student))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_FromTeams_SaysClassroomModeIsOnTheWebPage()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        await using var connector = await FakeConnector.StartAsync();

        await _class.Host.PostAsync(Teams.PersonalMessage(connector.ServiceUrl, $"/join {code}", locale: "da-DK"));

        Assert.Equal("Klasserumstilstand virker på websiden: åbn adressen på væggen på din telefon.", Assert.Single(connector.Messages).Text);
        Assert.Equal(0, (int)(await _class.FeedAsync(code))["students"]!);
    }

    [Fact]
    public async Task Join_FullClass_SaysTheClassIsFull()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        for (var i = 0; i < 3; i++)
        {
            await _class.StudentAsync(code);
        }

        var fourth = await _class.StudentAsync(code);

        Assert.Equal($"Klasse {code} er full. Spør instruktøren.", (await ClassroomHost.BotSaidAsync(fourth))[^1]);
        Assert.Equal(3, (int)(await _class.FeedAsync(code))["students"]!);
    }

    [Fact]
    public async Task Reply_FromTwoStudents_FeedGroupsThemByBehaviourEachWithTheChangeItWouldCause()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var first = await _class.StudentAsync(code);
        var second = await _class.StudentAsync(code);

        await first.SayAsync(Reflection, "a1");
        await second.SayAsync(RightingReflex, "b1");

        Assert.StartsWith("Sendt til klassen (runde 1).", (await ClassroomHost.BotSaidAsync(first))[^1], StringComparison.Ordinal);
        var feed = await _class.FeedAsync(code);
        Assert.Equal(2, (int)feed["round"]!["replyCount"]!);
        var groups = feed["round"]!["groups"]!.AsArray().Select(g => (string)g!["group"]!).ToList();
        Assert.Equal([ReplyGroups.Reflection, ReplyGroups.Persuade], groups);
        Assert.Equal("Refleksjoner", (string?)feed["round"]!["groups"]![0]!["label"]);
        var replies = ClassroomHost.Replies(feed).ToDictionary(r => (string)r["text"]!);
        Assert.Equal("Student 1", (string?)replies[Reflection]["student"]);
        var reflected = (double)replies[Reflection]["delta"]!["pressure"]!;
        var argued = (double)replies[RightingReflex]["delta"]!["pressure"]!;
        Assert.True(reflected < argued, $"reflection {reflected}, righting reflex {argued}");
        Assert.True((double)replies[RightingReflex]["delta"]!["autonomy"]! > 0);
    }

    [Fact]
    public async Task Reply_InClass_IsNoMoveInARolePlayOfTheStudentsOwn()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var student = await _class.StudentAsync(code);

        await student.SayAsync(Reflection, "a1");
        await student.SayAsync("/start gary en", "a2");

        var stored = await _class.Host.Store.ReadAsync("directline:" + student.ConversationId, CancellationToken.None);
        Assert.Null(stored?.State.Session);
        Assert.Equal($"Du er med i klasse {code}: det du skriver, går til klassen. Skriv /leave for å gå ut.", (await ClassroomHost.BotSaidAsync(student))[^1]);
    }

    [Fact]
    public async Task Reply_SecondInTheSameRound_ReplacesTheFirst()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var student = await _class.StudentAsync(code);

        await student.SayAsync(RightingReflex, "a1");
        await student.SayAsync(Reflection, "a2");

        Assert.StartsWith("Sendt til klassen (runde 1); det erstatter", (await ClassroomHost.BotSaidAsync(student))[^1], StringComparison.Ordinal);
        Assert.Equal([Reflection], ClassroomHost.Replies(await _class.FeedAsync(code)).Select(r => (string)r["text"]!));
    }

    [Fact]
    public async Task Reply_TooLong_IsRefusedWithTheLimitAndNotShown()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var student = await _class.StudentAsync(code);

        await student.SayAsync(new string('a', 81), "a1");

        Assert.Equal("Svaret ditt er 81 tegn langt; et gjensvar er kort: høyst 80.", (await ClassroomHost.BotSaidAsync(student))[^1]);
        Assert.Empty(ClassroomHost.Replies(await _class.FeedAsync(code)));
    }

    [Fact]
    public async Task Pick_AReply_ContinuesFromItAndTheNextLineReachesEveryStudent()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var first = await _class.StudentAsync(code);
        var second = await _class.StudentAsync(code);
        await first.SayAsync(Reflection, "a1");
        await second.SayAsync(RightingReflex, "b1");
        var reflection = ClassroomHost.Replies(await _class.FeedAsync(code)).Single(r => (string?)r["text"] == Reflection);

        var feed = await _class.PickAsync(code, (string)reflection["id"]!);

        Assert.Equal(2, (int)feed["round"]!["number"]!);
        Assert.Empty(ClassroomHost.Replies(feed));
        var move = Assert.Single(feed["moves"]!.AsArray())!;
        Assert.Equal(Reflection, (string?)move["text"]);
        var next = (string)feed["round"]!["clientLine"]!;
        Assert.Equal(next, (string?)move["clientAnswer"]);
        Assert.Equal((double)reflection["delta"]!["pressure"]!, (double)move["delta"]!["pressure"]!);
        foreach (var student in new[] { first, second })
        {
            var said = await ClassroomHost.BotSaidAsync(student);
            Assert.Contains($"**Lasse:** {next}", said);
            Assert.Equal("Runde 2: skriv svaret ditt.", said[^1]);
            Assert.Equal(1, (int)(await ClassroomHost.StatesAsync(student))[^1]["turn"]!);
        }
    }

    [Fact]
    public async Task Drill_Next_OpensTheScenesRoundAndEveryStudentGetsTheSceneTheHelperAndTheClient()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var first = await _class.StudentAsync(code);
        var second = await _class.StudentAsync(code);

        using var response = await _class.PostAsync($"/instructor/api/classes/{code}/drill");
        var feed = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var round = feed["round"]!;
        Assert.Equal(2, (int)round["number"]!);
        Assert.StartsWith("drill:", (string?)round["source"], StringComparison.Ordinal);
        var helper = (string)round["helper"]!;
        Assert.False(string.IsNullOrWhiteSpace((string?)round["scene"]));
        var said = await ClassroomHost.BotSaidAsync(first);
        Assert.Contains(said, line => line.StartsWith("*Øvelse.*", StringComparison.Ordinal) && line.Contains(helper, StringComparison.Ordinal));
        Assert.Contains($"**Lasse:** {(string)round["clientLine"]!}", said);

        await first.SayAsync(Reflection, "a1");
        await second.SayAsync(RightingReflex, "b1");
        var replies = ClassroomHost.Replies(await _class.FeedAsync(code)).ToDictionary(r => (string)r["text"]!);
        var reflected = (double)replies[Reflection]["delta"]!["pressure"]!;
        var argued = (double)replies[RightingReflex]["delta"]!["pressure"]!;
        Assert.True(reflected < 0 && argued > 0, $"reflection {reflected}, righting reflex {argued}");
    }

    [Fact]
    public async Task Drill_TwiceWithoutId_RunsTheNextDrillTheClassHasNotHad()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;

        using var first = await _class.PostAsync($"/instructor/api/classes/{code}/drill");
        using var second = await _class.PostAsync($"/instructor/api/classes/{code}/drill");

        var one = (await first.Content.ReadFromJsonAsync<JsonObject>())!["round"]!;
        var two = (await second.Content.ReadFromJsonAsync<JsonObject>())!["round"]!;
        Assert.NotEqual((string?)one["source"], (string?)two["source"]);
        Assert.Equal((int)one["number"]! + 1, (int)two["number"]!);
    }

    [Fact]
    public async Task Drill_UnknownId_Is404NamingTheDrillsThereAre()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;

        using var response = await _class.PostAsync($"/instructor/api/classes/{code}/drill", "{\"drill\":\"no-such-drill\"}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No drill 'no-such-drill' for Lasse in 'nb'; choose one of:", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pick_UnknownReply_Is404AndTheRoundStaysOpen()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;

        using var response = await _class.PostAsync($"/instructor/api/classes/{code}/pick", "{\"reply\":\"r99\"}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("has no reply 'r99'", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
        Assert.True((bool)(await _class.FeedAsync(code))["round"]!["open"]!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"reply\": 3}")]
    public async Task Pick_NoReplyNamed_Is4xxSayingWhatToSend(string body)
    {
        var code = (string)(await _class.OpenAsync())["code"]!;

        using var response = await _class.PostAsync($"/instructor/api/classes/{code}/pick", body);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, response.StatusCode.ToString());
        Assert.False(string.IsNullOrEmpty((string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]));
    }

    [Fact]
    public async Task Feed_UnknownClass_Is404()
    {
        var response = await _class.Instructor().GetAsync("/instructor/api/classes/ABCDEF");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No such class", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
    }

    [Fact]
    public async Task Reply_AfterTheClassEnded_SaysNoRoundIsOpen()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var student = await _class.StudentAsync(code);
        using var ended = await _class.PostAsync($"/instructor/api/classes/{code}/end");
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);

        await student.SayAsync(Reflection, "a1");

        Assert.StartsWith($"Klasse {code} er avsluttet: det er ingen runde å svare på.", (await ClassroomHost.BotSaidAsync(student))[^1], StringComparison.Ordinal);
        using var pick = await _class.PostAsync($"/instructor/api/classes/{code}/pick", "{\"reply\":\"r1\"}");
        Assert.Equal(HttpStatusCode.Conflict, pick.StatusCode);
    }

    [Fact]
    public async Task Report_AfterTwoRounds_HasTheMovesTheBalloonOverTimeAndTheSpreadPerRound()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var first = await _class.StudentAsync(code);
        var second = await _class.StudentAsync(code);
        await first.SayAsync(Reflection, "a1");
        await second.SayAsync(RightingReflex, "b1");
        await _class.PickAsync(code, (string)ClassroomHost.Replies(await _class.FeedAsync(code)).Single(r => (string?)r["text"] == RightingReflex)["id"]!);
        await first.SayAsync("Hva tenker du selv om drikkingen?", "a2");

        var report = (await _class.Instructor().GetFromJsonAsync<JsonObject>($"/instructor/classes/{code}/report?format=json"))!;
        var csv = await _class.Instructor().GetStringAsync($"/instructor/classes/{code}/report?format=csv");

        var rounds = report["rounds"]!.AsArray();
        Assert.Equal(2, rounds.Count);
        Assert.Equal(2, (int)rounds[0]!["replies"]!);
        Assert.Equal(2, rounds[0]!["spread"]!.AsObject().Sum(p => (int)p.Value!));
        Assert.Equal(RightingReflex, (string?)rounds[0]!["picked"]!["text"]);
        Assert.True((double)rounds[0]!["after"]!["pressure"]! > (double)rounds[0]!["before"]!["pressure"]!);
        Assert.Equal((double)rounds[0]!["after"]!["pressure"]!, (double)rounds[1]!["before"]!["pressure"]!);
        Assert.Null(rounds[1]!["picked"]);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("round,source,client_line,replies,n_question_open,", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_AsPage_IsInTheClassLanguageWithTheBalloonOverTimeAndTheWordsEscaped()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var student = await _class.StudentAsync(code);
        await student.SayAsync("Du er lei <b>av</b> ventelista.", "a1");
        await _class.PickAsync(code, (string)ClassroomHost.Replies(await _class.FeedAsync(code)).Single()["id"]!);

        var response = await _class.Instructor().GetAsync($"/instructor/classes/{code}/report");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>Klasserapport: Lasse ({code})</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("/balloon.css", html, StringComparison.Ordinal);
        Assert.Contains("Du er lei &lt;b&gt;av&lt;/b&gt; ventelista.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>av</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownFormat_Is400()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;

        var response = await _class.Instructor().GetAsync($"/instructor/classes/{code}/report?format=xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Forget_ByAStudent_TakesTheirRepliesOutOfTheClass()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var first = await _class.StudentAsync(code);
        var second = await _class.StudentAsync(code);
        await first.SayAsync(Reflection, "a1");
        await second.SayAsync(RightingReflex, "b1");

        await first.SayAsync("/forget", "a2");

        var feed = await _class.FeedAsync(code);
        Assert.Equal([RightingReflex], ClassroomHost.Replies(feed).Select(r => (string)r["text"]!));
        Assert.Equal(1, (int)feed["students"]!);
        var report = await _class.Instructor().GetStringAsync($"/instructor/classes/{code}/report?format=json");
        Assert.DoesNotContain(Reflection, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ByTheInstructor_TheClassIsGoneForEveryone()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;
        var student = await _class.StudentAsync(code);

        var deleted = await _class.Instructor().DeleteAsync($"/instructor/api/classes/{code}");
        var again = await _class.Instructor().DeleteAsync($"/instructor/api/classes/{code}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _class.Instructor().GetAsync($"/instructor/api/classes/{code}")).StatusCode);
        await student.SayAsync("/leave", "a1");
        Assert.Equal("Du er ikke med i noen klasse.", (await ClassroomHost.BotSaidAsync(student))[^1]);
    }

    [Fact]
    public async Task Class_IdleLongerThanRetention_Expires()
    {
        var time = new ManualTime();
        await using var host = new ClassroomHost(new() { ["Storage:RetentionDays"] = "7" }, time);
        var code = (string)(await host.OpenAsync())["code"]!;
        time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.OK, (await host.Instructor().GetAsync($"/instructor/api/classes/{code}")).StatusCode);

        time.Advance(TimeSpan.FromDays(8));

        Assert.Equal(HttpStatusCode.NotFound, (await host.Instructor().GetAsync($"/instructor/api/classes/{code}")).StatusCode);
        Assert.Empty((await host.Instructor().GetFromJsonAsync<JsonArray>("/instructor/api/classes"))!);
    }

    [Fact]
    public async Task Projector_WithKey_IsThePageWithItsOwnScriptsOnly()
    {
        var code = (string)(await _class.OpenAsync())["code"]!;

        var response = await _class.Instructor().GetAsync($"/instructor/classes/{code}/projector");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("/balloon.css", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
