using MiClientBot.Coding;

namespace MiClientBot.Core.Conversations;

/// <summary>The coach's phrases in each language; {0} is the client's name where used.</summary>
internal static class CoachText
{
    private static readonly LocalizedTexts Texts = new(new Dictionary<string, (string En, string Nb, string Da)>
    {
        ["pushed"] = ("That read as {0}{1}. ", "Det ble lest som {0}{1}. ", "Det blev læst som {0}{1}. "),
        ["question-after-resistance"] = (
            "A question right after {0}'s resistance: the third reply weighs more. ",
            "Et spørsmål rett etter motstand fra {0}: den tredje replikken veier mer. ",
            "Et spørgsmål lige efter modstand fra {0}: den tredje replik vejer mere. "),
        ["rose"] = ("The balloon pushed back ({0}). ", "Ballongen presset tilbake ({0}). ", "Ballonen pressede tilbage ({0}). "),
        ["held"] = ("The balloon did not ease. ", "Ballongen ga ikke etter. ", "Ballonen gav ikke efter. "),
        ["try"] = ("Try instead: {0}.", "Prøv heller: {0}.", "Prøv i stedet: {0}."),
        ["try-now"] = ("Try: {0}.", "Prøv: {0}.", "Prøv: {0}."),
        ["sustain"] = ("sustain", "sak", "sag"),
        ["autonomy"] = ("autonomy", "autonomi", "autonomi"),
        ["discord"] = ("discord", "relasjon", "relation"),
        ["do-discord"] = (
            "repair first - reflect {0}'s feeling, or acknowledge your part; leave the topic for now",
            "reparer først - reflekter følelsen til {0}, eller ta ansvar for din del; la temaet ligge en stund",
            "reparér først - reflektér følelsen hos {0}, eller anerkend din del; lad emnet ligge lidt"),
        ["do-autonomy"] = (
            "put the choice with {0} (emphasise autonomy), or reflect the wish to decide",
            "legg valget hos {0} (understrek autonomi), eller reflekter ønsket om å bestemme selv",
            "læg valget hos {0} (understreg autonomi), eller reflektér ønsket om selv at bestemme"),
        ["do-sustain"] = (
            "roll with it - reflect the sustain talk; a double-sided reflection can hold both sides",
            "rull med - reflekter det som taler mot endring; en tosidig refleksjon kan romme begge sider",
            "rul med - reflektér det, der taler imod forandring; en dobbeltsidet refleksion kan rumme begge sider"),
        ["do-affect"] = (
            "a simple reflection of the feeling, a little weaker than it was said",
            "en enkel refleksjon av følelsen, litt svakere enn den ble sagt",
            "en enkel refleksion af følelsen, lidt svagere end den blev sagt"),
        ["do-change"] = (
            "reflect the change talk and let it grow, or ask what else",
            "reflekter endringssnakket og la det vokse, eller spør hva mer",
            "reflektér forandringssnakken og lad den vokse, eller spørg hvad mere"),
        ["do-planning"] = (
            "ask for {0}'s own ideas about a first step (seek collaboration)",
            "spør etter ideene til {0} om et første steg (søk samarbeid)",
            "spørg efter de idéer, {0} selv har, om et første skridt (søg samarbejde)"),
        ["do-general"] = (
            "a reflection of what {0} just said, or an open question",
            "en refleksjon av det {0} nettopp sa, eller et åpent spørsmål",
            "en refleksion af det, {0} lige sagde, eller et åbent spørgsmål"),
        ["do-change-reflect"] = (
            "reflect the change talk and let it grow",
            "reflekter endringssnakket og la det vokse",
            "reflektér forandringssnakken og lad den vokse"),
        ["do-general-reflect"] = (
            "a reflection of what {0} just said",
            "en refleksjon av det {0} nettopp sa",
            "en refleksion af det, {0} lige sagde"),
        ["now-discord"] = ("Discord is high: {0} is annoyed with you. ", "Relasjonspresset er høyt: {0} er irritert på deg. ", "Relationspresset er højt: {0} er irriteret på dig. "),
        ["now-autonomy"] = ("{0} is defending the right to decide. ", "{0} forsvarer retten til å bestemme selv. ", "{0} forsvarer retten til selv at bestemme. "),
        ["now-sustain"] = ("{0} just argued for things as they are. ", "{0} argumenterte nettopp for at ting skal være som de er. ", "{0} argumenterede lige for, at tingene skal være, som de er. "),
        ["now-affect"] = ("{0} spoke from a strong feeling. ", "{0} snakket ut fra en sterk følelse. ", "{0} talte ud fra en stærk følelse. "),
        ["now-change"] = ("{0} just voiced change talk. ", "{0} sa nettopp noe om endring. ", "{0} sagde lige noget om forandring. "),
        ["now-planning"] = ("{0} is thinking about how to do it. ", "{0} tenker på hvordan det kan gjøres. ", "{0} tænker på, hvordan det kan gøres. "),
        ["now-general"] = ("The balloon is at {0}. ", "Ballongen står på {0}. ", "Ballonen står på {0}. "),
    });

    public static string Get(string key, Language language, params object[] args) =>
        Texts.Get(key, language, args);
}
