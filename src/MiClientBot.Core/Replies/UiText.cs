using MiClientBot.Coding;

namespace MiClientBot.Core.Replies;

/// <summary>The few words the tool itself says (not the client), in each language.</summary>
public static class UiText
{
    private static readonly LocalizedTexts Texts = new(new Dictionary<string, (string En, string Nb, string Da)>
    {
        ["you"] = ("You", "Du", "Du"),
        ["help"] = (
            "Talk to the client as you would in a session. Commands: /hint, /undo, /feedback, /drill (practise the third reply), /coach on|off, /restart, /personas, /lang LANG, /help, /quit.",
            "Snakk med klienten som i en vanlig samtale. Kommandoer: /hint, /undo, /feedback, /drill (øv på gjensvaret), /coach on|off, /restart, /personas, /lang SPRÅK, /help, /quit.",
            "Tal med klienten, som du ville i en samtale. Kommandoer: /hint, /undo, /feedback, /drill (øv gensvaret), /coach on|off, /restart, /personas, /lang SPROG, /help, /quit."),
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
        ["choose"] = (
            "Who would you like to talk to? Choose a client (or type /start ID LANG).",
            "Hvem vil du snakke med? Velg en klient (eller skriv /start ID SPRÅK).",
            "Hvem vil du tale med? Vælg en klient (eller skriv /start ID SPROG)."),
        ["unknown-persona"] = (
            "There is no client '{0}'. Available: {1}.",
            "Det finnes ingen klient '{0}'. Tilgjengelige: {1}.",
            "Der er ingen klient '{0}'. Tilgængelige: {1}."),
        ["unknown-language"] = (
            "{0} does not speak that language. Available: {1}.",
            "{0} snakker ikke det språket. Tilgjengelige: {1}.",
            "{0} taler ikke det sprog. Tilgængelige: {1}."),
        ["unknown-language-code"] = (
            "Unknown language '{0}'. Available: en, nb, da.",
            "Ukjent språk '{0}'. Tilgjengelige: en, nb, da.",
            "Ukendt sprog '{0}'. Tilgængelige: en, nb, da."),
        ["lang-usage"] = ("Use /lang en, /lang nb or /lang da.", "Bruk /lang en, /lang nb eller /lang da.", "Brug /lang en, /lang nb eller /lang da."),
        ["help-channel"] = (
            "Talk to the client as in a session. Commands: /start ID [LANG], /personas, /restart, /lang LANG, /hint, /undo, /feedback, /drill (practise the third reply; /drill stop ends it), /coach on|off, /forget (deletes this conversation).",
            "Snakk med klienten som i en samtale. Kommandoer: /start ID [SPRÅK], /personas, /restart, /lang SPRÅK, /hint, /undo, /feedback, /drill (øv på gjensvaret; /drill stop avslutter), /coach on|off, /forget (sletter denne samtalen).",
            "Tal med klienten som i en samtale. Kommandoer: /start ID [SPROG], /personas, /restart, /lang SPROG, /hint, /undo, /feedback, /drill (øv gensvaret; /drill stop afslutter), /coach on|off, /forget (sletter denne samtale)."),
        ["no-session"] = ("Choose a client first.", "Velg en klient først.", "Vælg en klient først."),
        ["nothing-to-undo"] = ("There is nothing to undo.", "Det er ingenting å angre.", "Der er intet at fortryde."),
        ["undone"] = (
            "Taken back. The client's last words were: \"{0}\" Try another reply.",
            "Angret. Klientens siste ord var: \"{0}\" Prøv et annet svar.",
            "Fortrudt. Klientens sidste ord var: \"{0}\" Prøv et andet svar."),
        ["coach-on"] = ("Coach mode is on: you get hints after moves that push.", "Veiledning er på: du får hint etter trekk som presser.", "Vejledning er slået til: du får hint efter træk, der presser."),
        ["coach-off"] = ("Coach mode is off (exam mode): no hints until /coach on.", "Veiledning er av (eksamensmodus): ingen hint før /coach on.", "Vejledning er slået fra (eksamenstilstand): ingen hint før /coach on."),
        ["balloon"] = ("balloon", "ballong", "ballon"),
        ["sustain"] = ("sustain", "sak", "sag"),
        ["autonomy"] = ("autonomy", "autonomi", "autonomi"),
        ["discord"] = ("discord", "relasjon", "relation"),
    });

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(string key, Language language, params object[] args) =>
        Texts.Get(key, language, args);
}
