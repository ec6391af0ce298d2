using System.Text.Json;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Tests.Support;

namespace MiClientBot.Core.Tests.Scoring;

public class ReportBuilderTests
{
    private static readonly ConversationFlow Flow = new(new ClientEngine(Catalogs.Scenarios, new ScriptedCoder()));

    private static readonly ConversationFlow CodedFlow = new(new ClientEngine(Catalogs.Scenarios, TraineeMoveCoder.CreateDefault()));

    /// <summary>Sessions of at most three moves through the real coder (so every move is a key moment), and one move's cue.</summary>
    public static TheoryData<string, Language, string[], string, string> CodedSessions() => new()
    {
        { "mads", Language.Da, ["Hvad bringer dig her?", "Du skal stoppe med at drikke."], "Du skal stoppe med at drikke.", "du sagde »du skal« – et direktiv (råd eller ordre uden tilladelse)" },
        { "mads", Language.Da, ["Du lyver for dig selv.", "Det lyder som om en del af dig gerne vil ændre noget."], "Det lyder som om en del af dig gerne vil ændre noget.", "begynder som en refleksion (»det lyder som«)" },
        { "lasse", Language.Nb, ["Hva bringer deg hit?", "Du bør slutte å drikke."], "Du bør slutte å drikke.", "du sa «du bør» – et direktiv (råd eller ordre uten tillatelse)" },
        { "gary", Language.En, ["What brings you here?", "You should stop now."], "You should stop now.", "you said 'you should' - a directive (advice or an order without permission)" },
    };

    private static JsonElement JsonReport(string persona, Language language, IEnumerable<string> codes)
    {
        var state = Flow.Start(new ConversationState(), persona, language).State;
        var i = 0;
        foreach (var code in codes)
        {
            state = Flow.Handle(state, $"{code}: move {i++}").State;
        }

        return JsonDocument.Parse(ReportWriter.Write(Flow.BuildReport(state), ReportFormat.Json)).RootElement;
    }

    private static JsonElement Score(JsonElement report, int index) => report.GetProperty("scores")[index];

    [Theory]
    [InlineData("ingrid", Language.Nb)]
    [InlineData("gary", Language.En)]
    [InlineData("mads", Language.Da)]
    public void Build_GoodSession_MeetsTheGoodThresholds(string persona, Language language)
    {
        var report = JsonReport(persona, language, Scripts.GoodMi.Take(20));

        Assert.Equal("good", Score(report, 0).GetProperty("level").GetString()); // R:Q
        Assert.Equal("good", Score(report, 1).GetProperty("level").GetString()); // % complex
        Assert.Equal("good", Score(report, 2).GetProperty("level").GetString()); // % MI-adherent
        Assert.Equal(0, report.GetProperty("counts").GetProperty("miNonAdherent").GetInt32());
        Assert.True(Score(report, 3).GetProperty("value").GetDouble() >= 3.5, "relational global");
        Assert.True(Score(report, 4).GetProperty("value").GetDouble() >= 3, "technical global");
        var balloon = report.GetProperty("balloon");
        Assert.True(balloon[balloon.GetArrayLength() - 1].GetProperty("pressure").GetDouble() < balloon[0].GetProperty("pressure").GetDouble());
        Assert.Contains(report.GetProperty("talk").EnumerateArray(), t => t.GetProperty("talk").GetString() == "change");
    }

    [Theory]
    [InlineData(Language.En, ReportFormat.Markdown, "| % complex reflections (`pctComplexReflections`) | 50% | 40% | 50% |", "| % MI-adherent (MIA / (MIA + MINA)) (`pctMiAdherent`) | 66.7% | 90% | 100% |")]
    [InlineData(Language.Nb, ReportFormat.Markdown, "| % komplekse refleksjoner (`pctComplexReflections`) | 50 % | 40 % | 50 % |", "| % MI-forenlig (MIA / (MIA + MINA)) (`pctMiAdherent`) | 66.7 % | 90 % | 100 % |")]
    [InlineData(Language.En, ReportFormat.Html, "<td>% complex reflections</td><td>50%</td><td>40%</td><td>50%</td>", "<td>66.7%</td><td>90%</td><td>100%</td>")]
    public void Write_RowsLabelledPercent_ShowPercentagesNotFractions(Language language, ReportFormat format, string complex, string adherent)
    {
        var state = Flow.Start(new ConversationState(), "ingrid", language).State;
        foreach (var code in new[] { "reflection-simple", "reflection-complex", "affirm", "emphasizing-autonomy", "persuade" })
        {
            state = Flow.Handle(state, $"{code}: move").State;
        }

        var written = ReportWriter.Write(Flow.BuildReport(state), format);

        Assert.Contains(complex, written, StringComparison.Ordinal);
        Assert.Contains(adherent, written, StringComparison.Ordinal);
        Assert.DoesNotContain("| 0.5 |", written, StringComparison.Ordinal);
    }

    private static JsonElement CodedReport(string persona, Language language, IEnumerable<string> moves)
    {
        var state = CodedFlow.Start(new ConversationState(), persona, language).State;
        foreach (var move in moves)
        {
            state = CodedFlow.Handle(state, move).State;
        }

        return JsonDocument.Parse(ReportWriter.Write(CodedFlow.BuildReport(state), ReportFormat.Json)).RootElement;
    }

    [Fact]
    public void Write_Scores_CarryStableIdsBesideLocalizedNames()
    {
        var report = JsonReport("lasse", Language.Nb, ["reflection-simple", "question-open", "persuade"]);

        var ids = report.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("id").GetString() ?? string.Empty).ToArray();
        Assert.Equal(["rq", "pctComplexReflections", "pctMiAdherent", "relational", "technical"], ids);
    }

    [Theory]
    [InlineData("gary-confront.en.txt", "gary", Language.En)]
    [InlineData("ingrid-confront.da.txt", "ingrid", Language.Da)]
    [InlineData("lasse-confront.nb.txt", "lasse", Language.Nb)]
    public void Build_ConfrontationalScript_NoReflectionsNoAdherenceNothingRatedAboveBelowFair(string file, string persona, Language language)
    {
        var moves = File.ReadLines(Path.Combine(Repo.Root, "tests", "roleplays", file)).Where(l => l.Length > 0).Take(8);

        var report = CodedReport(persona, language, moves);

        var counts = report.GetProperty("counts");
        Assert.Equal(0, counts.GetProperty("simpleReflections").GetInt32() + counts.GetProperty("complexReflections").GetInt32());
        Assert.Equal(0, Score(report, 2).GetProperty("value").GetDouble());
        Assert.All(report.GetProperty("scores").EnumerateArray(), s => Assert.Contains(s.GetProperty("level").GetString(), new[] { "belowFair", "tooFew" }));
    }

    [Theory]
    [InlineData("ingrid", Language.Nb, "Du er lei av at alle skal fortelle deg hva du må gjøre.", "Så du drikker for å slappe av, men du merker at det går utover ungene. Har jeg fått med meg det viktigste?", "Hvordan kan du få til det konkret?")]
    [InlineData("gary", Language.En, "You're tired of everyone telling you what you should do.", "So the pub is where you unwind, and you're also worried about your liver. Have I got that right?", "How could you make that happen this week?")]
    [InlineData("mads", Language.Da, "Du er træt af at alle skal fortælle dig hvad du skal gøre.", "Så du drikker for at slappe af, men du kan mærke at det går ud over børnene. Har jeg forstået det rigtigt?", "Hvordan kan du få det til konkret?")]
    public void Build_ReflectiveScriptWithCheckedSummaries_ReachesRqOfOne(string persona, Language language, string reflection, string summary, string question)
    {
        var report = CodedReport(persona, language, [reflection, question, summary, question, summary]);

        Assert.True(Score(report, 0).GetProperty("value").GetDouble() >= 1, $"R:Q {Score(report, 0)}");
        Assert.Equal(0, report.GetProperty("counts").GetProperty("miNonAdherent").GetInt32());
    }

    [Fact]
    public void Build_RightingReflex_ShowsNonAdherenceLowRatioAndARisingBalloon()
    {
        var report = JsonReport("lasse", Language.Nb, ["question-closed", "persuade", "giving-information", "question-closed", "persuade", "confront"]);

        Assert.True(report.GetProperty("counts").GetProperty("miNonAdherent").GetInt32() > 0);
        Assert.True(Score(report, 0).GetProperty("value").GetDouble() < 1);
        var balloon = report.GetProperty("balloon");
        Assert.True(balloon[balloon.GetArrayLength() - 1].GetProperty("pressure").GetDouble() > balloon[0].GetProperty("pressure").GetDouble() + 15);
        Assert.Equal(3, report.GetProperty("keyMoments").GetArrayLength());
        Assert.Contains(report.GetProperty("keyMoments").EnumerateArray(), m => m.GetProperty("code").GetString() is "persuade" or "confront");
        Assert.NotEmpty(report.GetProperty("clientFelt").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(CodedSessions))]
    public void Build_KeyMoment_ShowsTheCueInTheSessionLanguage(string persona, Language language, string[] lines, string line, string cue)
    {
        var state = CodedFlow.Start(new ConversationState(), persona, language).State;
        foreach (var said in lines)
        {
            state = CodedFlow.Handle(state, said).State;
        }

        var moment = Assert.Single(CodedFlow.BuildReport(state).KeyMoments, m => m.TraineeSaid == line);

        Assert.Equal(cue, moment.Cue);
    }

    [Theory]
    [InlineData(Language.En, "How Lasse felt")]
    [InlineData(Language.Nb, "Hvordan Lasse hadde det")]
    public void Write_MarkdownAndHtml_AreInTheSessionLanguage(Language language, string heading)
    {
        var state = Flow.Start(new ConversationState(), "lasse", language).State;
        state = Flow.Handle(state, "reflection-simple: x").State;
        var report = Flow.BuildReport(state);

        Assert.Contains("## " + heading, ReportWriter.Write(report, ReportFormat.Markdown), StringComparison.Ordinal);
        var html = ReportWriter.Write(report, ReportFormat.Html);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("<svg data-testid=\"balloon-chart\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lasse", Language.Nb, "endte i tilstanden 'relasjonsmotstand'", "overtalelse 2, konfrontasjon 1", "| relasjonsmotstand |")]
    [InlineData("mads", Language.Da, "sluttede i tilstanden 'relationsmodstand'", "overtalelse 2, konfrontation 1", "| relationsmodstand |")]
    public void Write_NorwegianOrDanish_NamesStatesAndCodesInThatLanguage(string persona, Language language, string ending, string counts, string balloonRow)
    {
        var state = Flow.Start(new ConversationState(), persona, language).State;
        foreach (var code in new[] { "persuade", "persuade", "confront" })
        {
            state = Flow.Handle(state, $"{code}: x").State;
        }

        var report = Flow.BuildReport(state);
        Assert.Equal("discord", report.FinalState);
        var markdown = ReportWriter.Write(report, ReportFormat.Markdown);
        var html = ReportWriter.Write(report, ReportFormat.Html);

        Assert.Contains(ending, markdown, StringComparison.Ordinal);
        Assert.Contains(counts, markdown, StringComparison.Ordinal);
        Assert.Contains(balloonRow, markdown, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(ending), html, StringComparison.Ordinal);
        Assert.Contains(counts, html, StringComparison.Ordinal);
        Assert.DoesNotContain("discord", markdown, StringComparison.Ordinal);
        Assert.Equal("discord", JsonDocument.Parse(ReportWriter.Write(report, ReportFormat.Json)).RootElement.GetProperty("finalState").GetString());
    }

    [Theory]
    [InlineData("gary", Language.En, 1, "1 turn, ended")]
    [InlineData("gary", Language.En, 2, "2 turns, ended")]
    [InlineData("lasse", Language.Nb, 1, "1 replikk, endte")]
    [InlineData("lasse", Language.Nb, 2, "2 replikker, endte")]
    [InlineData("mads", Language.Da, 1, "1 replik, sluttede")]
    [InlineData("mads", Language.Da, 2, "2 replikker, sluttede")]
    public void Write_TurnCount_SingularForOneTurn(string persona, Language language, int moves, string ending)
    {
        var state = Flow.Start(new ConversationState(), persona, language).State;
        for (var i = 0; i < moves; i++)
        {
            state = Flow.Handle(state, $"reflection-simple: x{i}").State;
        }

        Assert.Contains(ending, ReportWriter.Write(Flow.BuildReport(state), ReportFormat.Markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("r.json", ReportFormat.Json)]
    [InlineData("r.MD", ReportFormat.Markdown)]
    [InlineData("dir/r.html", ReportFormat.Html)]
    [InlineData("r.txt", null)]
    public void FormatOf_Extension_PicksTheFormat(string path, ReportFormat? expected) =>
        Assert.Equal(expected, ReportWriter.FormatOf(path));
}
