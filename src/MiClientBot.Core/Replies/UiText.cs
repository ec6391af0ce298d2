namespace MiClientBot.Core.Replies;

/// <summary>The few words the tool itself says (not the client), in each language.</summary>
public static class UiText
{
    private static readonly Dictionary<string, (string En, string Nb, string Da)> Texts = new()
    {
        ["you"] = ("You", "Du", "Du"),
        ["help"] = (
            "Talk to the client as you would in a session. Commands: /restart starts again, /personas lists the clients, /help shows this, /quit ends.",
            "Snakk med klienten som i en vanlig samtale. Kommandoer: /restart starter på nytt, /personas viser klientene, /help viser dette, /quit avslutter.",
            "Tal med klienten, som du ville i en samtale. Kommandoer: /restart starter forfra, /personas viser klienterne, /help viser dette, /quit afslutter."),
        ["left"] = (
            "{0} has left the conversation. Type /restart to try again.",
            "{0} har gått fra samtalen. Skriv /restart for å prøve igjen.",
            "{0} har forladt samtalen. Skriv /restart for at prøve igen."),
        ["restarted"] = ("New session with {0}.", "Ny samtale med {0}.", "Ny samtale med {0}."),
        ["unknown-command"] = (
            "Unknown command '{0}'. Type /help for the commands.",
            "Ukjent kommando '{0}'. Skriv /help for kommandoene.",
            "Ukendt kommando '{0}'. Skriv /help for kommandoerne."),
        ["personas"] = ("Clients you can talk to:", "Klienter du kan snakke med:", "Klienter, du kan tale med:"),
        ["balloon"] = ("balloon", "ballong", "ballon"),
        ["sustain"] = ("sustain", "sak", "sag"),
        ["autonomy"] = ("autonomy", "autonomi", "autonomi"),
        ["discord"] = ("discord", "relasjon", "relation"),
    };

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(string key, Language language, params object[] args)
    {
        var (en, nb, da) = Texts[key];
        var text = language switch { Language.Nb => nb, Language.Da => da, _ => en };
        return args.Length == 0 ? text : string.Format(System.Globalization.CultureInfo.InvariantCulture, text, args);
    }
}
