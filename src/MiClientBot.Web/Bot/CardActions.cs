using System.Text.Json.Nodes;

namespace MiClientBot.Web.Bot;

/// <summary>
/// Turns a card button press into the command it stands for. Teams sends Action.Execute as an
/// adaptiveCard/action invoke ({action: {verb, data}}); hosts that fall back to Action.Submit send a
/// message whose value is the data itself. Inputs (persona, lang) are merged into the data.
/// </summary>
internal static class CardActions
{
    public const string StartVerb = "start";
    public const string CommandVerb = "command";

    public static string? ToCommand(JsonNode? value)
    {
        if (value is not JsonObject root)
        {
            return null;
        }

        var action = root["action"] as JsonObject;
        var data = action?["data"] as JsonObject ?? (action is null ? root : null);
        var verb = Text(action?["verb"]) ?? Text(data?["verb"]);
        switch (verb)
        {
            case StartVerb when Text(data?["persona"]) is { } persona:
                return Text(data?["lang"]) is { } lang ? $"/start {persona} {lang}" : $"/start {persona}";
            case CommandVerb when Text(data?["command"]) is { } command && command.StartsWith('/'):
                return command;
            default:
                return null;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
