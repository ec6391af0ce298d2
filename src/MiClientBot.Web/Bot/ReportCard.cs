using System.Globalization;
using System.Text.Json.Nodes;
using MiClientBot.Coding;
using MiClientBot.Core;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Web.Bot;

/// <summary>
/// The feedback report as an Adaptive Card 1.5 small enough for Teams (a message may be about 28 KB):
/// scores, globals, at most three key moments with texts shortened, and a link to the full HTML report.
/// </summary>
internal static class ReportCard
{
    public const int MaxMoments = 3;
    public const int MaxQuote = 160;

    public static JsonObject Build(SessionReport report, Uri fullReport)
    {
        var language = LanguageCodes.TryParse(report.Language, out var l) ? l : Language.En;
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = BotText.Get("report-title", language, report.PersonaName), ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = BotText.Get(report.Turns == 1 ? "report-summary-one" : "report-summary", language, report.Turns, ClientStateLabels.Label(report.FinalState, language)), ["wrap"] = true, ["isSubtle"] = true },
            Facts(report.Scores.Select(s => (s.Name, $"{Shown(s, language)} ({BotText.Get("level-" + s.Level, language)})"))),
            Facts(report.Globals.Select(g => (g.Name, Number(g.Score)))),
        };

        if (report.KeyMoments.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = BotText.Get("moments", language), ["weight"] = "Bolder", ["separator"] = true });
            foreach (var m in report.KeyMoments.Take(MaxMoments))
            {
                var change = m.PressureChange.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture);
                body.Add(new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["wrap"] = true,
                    ["text"] = $"{BotText.Get("turn", language)} {m.Turn} ({MitiCodeLabels.Label(m.Code, language)}, {change}): \"{Shorten(m.TraineeSaid)}\" - {Shorten(m.Advice)}",
                });
            }
        }

        if (report.ClientFelt.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = BotText.Get("felt", language, report.PersonaName), ["weight"] = "Bolder", ["separator"] = true });
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Shorten(string.Join(" ", report.ClientFelt.Take(2))), ["wrap"] = true, ["isSubtle"] = true });
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = BotText.Get("report-ready", language, fullReport),
            ["body"] = body,
            ["actions"] = new JsonArray(
                new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = BotText.Get("full-report", language), ["url"] = fullReport.ToString() },
                PersonaChoiceCard.Execute(BotText.Get("new-session", language), CardActions.CommandVerb, new JsonObject { ["command"] = "/restart" })),
        };
    }

    private static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    private static string Shown(SummaryScore score, Language language) =>
        score.IsPercent && score.Value is not null ? BotText.Get("percent", language, Number(score.Value)) : Number(score.Value);

    private static string Number(double? value) => value is null ? "-" : value.Value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= MaxQuote ? text : string.Concat(text.AsSpan(0, MaxQuote - 1), "…");
}
