using System.Text.Json.Nodes;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;

namespace MiClientBot.Web.Bot;

/// <summary>
/// The welcome as an Adaptive Card 1.5: the clients and the languages to choose from, the language
/// preselected from the channel's locale. Action.Execute (Teams' Universal Actions) falls back to
/// Action.Submit on hosts without it.
/// </summary>
internal static class PersonaChoiceCard
{
    public static JsonObject Build(PersonaChoice choice, string? defaultPersona)
    {
        var language = choice.Preselected;
        var selected = choice.Options.FirstOrDefault(o => o.Id == defaultPersona && o.Languages.Contains(language))?.Id
            ?? choice.Options.FirstOrDefault()?.Id;
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = choice.Prompt,
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = choice.Prompt, ["wrap"] = true, ["weight"] = "Bolder" },
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = "persona",
                    ["label"] = BotText.Get("client", language),
                    ["style"] = "expanded",
                    ["isRequired"] = true,
                    // Web Chat refuses to render a required input without one (the whole card stays empty).
                    ["errorMessage"] = BotText.Get("choose-client", language),
                    ["value"] = selected,
                    ["choices"] = new JsonArray([.. choice.Options.Select(o => (JsonNode)Choice(Title(o), o.Id))]),
                },
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = "lang",
                    ["label"] = BotText.Get("language", language),
                    ["style"] = "compact",
                    ["value"] = language.ToCode(),
                    ["choices"] = new JsonArray([.. LanguageCodes.All.Select(l => (JsonNode)Choice(BotText.LanguageName(l), l.ToCode()))]),
                }),
            ["actions"] = new JsonArray(Execute(BotText.Get("start", language), CardActions.StartVerb, new JsonObject())),
        };
    }

    /// <summary>One imBack button per client, for channels that show no cards.</summary>
    public static IEnumerable<(string Title, string Command)> SuggestedCommands(PersonaChoice choice) =>
        choice.Options.Select(o =>
        {
            var language = o.Languages.Contains(choice.Preselected) ? choice.Preselected : o.Languages[0];
            return (o.Name, $"/start {o.Id} {language.ToCode()}");
        });

    /// <summary>An Action.Execute with an Action.Submit fallback carrying the same verb and data.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject data)
    {
        data["verb"] = verb;
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.DeepClone() },
        };
    }

    private static string Title(PersonaOption o) =>
        $"{o.Name}, {o.Summary} ({string.Join(", ", o.Languages.Select(l => l.ToCode()))})";

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
