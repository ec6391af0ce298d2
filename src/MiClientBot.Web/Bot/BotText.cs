using MiClientBot.Coding;
using MiClientBot.Core;

namespace MiClientBot.Web.Bot;

/// <summary>The channel's own words (cards, notices) in each language; the flow's words come from the engine.</summary>
internal static class BotText
{
    private static readonly LocalizedTexts Texts = new(new Dictionary<string, (string En, string Nb, string Da)>
    {
        ["only-text"] = (
            "I only read text. Please type what you would say to the client.",
            "Jeg leser bare tekst. Skriv det du vil si til klienten.",
            "Jeg læser kun tekst. Skriv det, du vil sige til klienten."),
        ["client"] = ("Client", "Klient", "Klient"),
        ["choose-client"] = ("Choose a client.", "Velg en klient.", "Vælg en klient."),
        ["language"] = ("Language", "Språk", "Sprog"),
        ["start"] = ("Start", "Start", "Start"),
        ["report-title"] = ("Feedback: conversation with {0}", "Tilbakemelding: samtale med {0}", "Feedback: samtale med {0}"),
        ["report-summary"] = ("{0} turns; the client ended in {1}.", "{0} replikker; klienten endte i {1}.", "{0} replikker; klienten endte i {1}."),
        ["report-summary-one"] = ("{0} turn; the client ended in {1}.", "{0} replikk; klienten endte i {1}.", "{0} replik; klienten endte i {1}."),
        ["moments"] = ("Key moments", "Viktige øyeblikk", "Vigtige øjeblikke"),
        ["turn"] = ("Turn", "Replikk", "Replik"),
        ["felt"] = ("How {0} felt", "Slik opplevde {0} det", "Sådan oplevede {0} det"),
        ["full-report"] = ("Open the full report", "Åpne hele rapporten", "Åbn hele rapporten"),
        ["new-session"] = ("New session", "Ny samtale", "Ny samtale"),
        // The same words as the full report (Core's ReportText), so card and page agree.
        ["percent"] = ("{0}%", "{0} %", "{0} %"),
        ["level-BelowFair"] = ("below fair", "under akseptabel", "under acceptabel"),
        ["level-Fair"] = ("fair", "akseptabel", "acceptabel"),
        ["level-Good"] = ("good", "god", "god"),
        ["level-TooFew"] = ("too few moves to rate", "for få trekk til å vurdere", "for få træk til at vurdere"),
        ["report-ready"] = ("Your feedback report: {0}", "Tilbakemeldingsrapporten din: {0}", "Din feedbackrapport: {0}"),
    });

    public static string Get(string key, Language language, params object[] args) =>
        Texts.Get(key, language, args);

    public static string LanguageName(Language language) => language switch
    {
        Language.Nb => "Norsk (bokmål)",
        Language.Da => "Dansk",
        _ => "English",
    };
}
