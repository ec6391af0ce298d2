using MiClientBot.Coding;

namespace MiClientBot.Core.Scoring;

/// <summary>The report's words in each language.</summary>
internal static class ReportText
{
    private static readonly LocalizedTexts Texts = new(new Dictionary<string, (string En, string Nb, string Da)>
    {
        ["title"] = ("Feedback: your conversation with {0}", "Tilbakemelding: samtalen din med {0}", "Feedback: din samtale med {0}"),
        ["turns"] = ("{0} turns, ended in state '{1}'.", "{0} replikker, endte i tilstanden '{1}'.", "{0} replikker, sluttede i tilstanden '{1}'."),
        ["turns-one"] = ("{0} turn, ended in state '{1}'.", "{0} replikk, endte i tilstanden '{1}'.", "{0} replik, sluttede i tilstanden '{1}'."),
        ["scores"] = ("MITI 4.2.1 summary scores", "MITI 4.2.1 sammendragsskårer", "MITI 4.2.1 opsummerende scorer"),
        ["counts"] = ("Behaviour counts", "Atferdstellinger", "Adfærdsoptællinger"),
        ["globals"] = ("Estimated global ratings (1-5)", "Estimerte globale vurderinger (1-5)", "Estimerede globale vurderinger (1-5)"),
        ["balloon"] = ("The balloon over time", "Ballongen over tid", "Ballonen over tid"),
        ["talk"] = ("What the client voiced (DARN-CAT)", "Hva klienten sa (DARN-CAT)", "Hvad klienten sagde (DARN-CAT)"),
        ["moments"] = ("Three key moments", "Tre nøkkeløyeblikk", "Tre nøgleøjeblikke"),
        ["felt"] = ("How {0} felt", "Hvordan {0} hadde det", "Hvordan {0} havde det"),
        ["score"] = ("score", "skår", "score"),
        ["value"] = ("value", "verdi", "værdi"),
        ["fair"] = ("fair", "akseptabel", "acceptabel"),
        ["good"] = ("good", "god", "god"),
        ["percent"] = ("{0}%", "{0} %", "{0} %"),
        ["level-BelowFair"] = ("below fair", "under akseptabel", "under acceptabel"),
        ["level-Fair"] = ("fair", "akseptabel", "acceptabel"),
        ["level-Good"] = ("good", "god", "god"),
        ["level-TooFew"] = ("too few moves to rate", "for få trekk til å vurdere", "for få træk til at vurdere"),
        ["turn"] = ("turn", "replikk", "replik"),
        ["you-said"] = ("You said", "Du sa", "Du sagde"),
        ["client-said"] = ("Client", "Klient", "Klient"),
        ["cue"] = ("Cue read", "Tegn som ble lest", "Tegn, der blev læst"),
        ["advice"] = ("Instead", "Heller", "I stedet"),
        ["worked"] = ("This eased the balloon: keep doing it.", "Dette lettet på ballongen: fortsett med det.", "Dette lettede ballonen: bliv ved med det."),
        ["pressure"] = ("pressure", "trykk", "tryk"),
        ["sustain"] = ("sustain", "sak", "sag"),
        ["autonomy"] = ("autonomy", "autonomi", "autonomi"),
        ["discord"] = ("discord", "relasjon", "relation"),
        ["change"] = ("change", "endring", "forandring"),
        ["none"] = ("(none)", "(ingen)", "(ingen)"),
        ["voice"] = (
            "Model voice on: a language model phrased {0} of the client's {1} replies (the state machine chose what each one said); the rest are the scripted lines.",
            "Modellstemme på: en språkmodell formulerte {0} av klientens {1} svar (tilstandsmaskinen valgte hva hvert svar skulle si); resten er de skrevne replikkene.",
            "Modelstemme til: en sprogmodel formulerede {0} af klientens {1} svar (tilstandsmaskinen valgte, hvad hvert svar skulle sige); resten er de skrevne replikker."),
        ["rq"] = ("Reflection-to-question ratio (R:Q)", "Forhold refleksjoner til spørsmål (R:Q)", "Forhold refleksioner til spørgsmål (R:Q)"),
        ["pcr"] = ("% complex reflections", "% komplekse refleksjoner", "% komplekse refleksioner"),
        ["pmia"] = ("% MI-adherent (MIA / (MIA + MINA))", "% MI-forenlig (MIA / (MIA + MINA))", "% MI-forenelig (MIA / (MIA + MINA))"),
        ["relational"] = ("Relational global (Partnership + Empathy) / 2", "Relasjonell global (Partnerskap + Empati) / 2", "Relationel global (Partnerskab + Empati) / 2"),
        ["technical"] = ("Technical global (CCT + SST) / 2", "Teknisk global (CCT + SST) / 2", "Teknisk global (CCT + SST) / 2"),
        ["cct"] = ("Cultivating Change Talk", "Dyrke endringssnakk", "Dyrke forandringssnak"),
        ["sst"] = ("Softening Sustain Talk", "Dempe opprettholdelsessnakk", "Dæmpe fastholdelsessnak"),
        ["partnership"] = ("Partnership", "Partnerskap", "Partnerskab"),
        ["empathy"] = ("Empathy", "Empati", "Empati"),
        ["cct-why"] = (
            "From how often change talk was met with a reflection or an open question ({0} of {1}) and the share of change talk in what the client said ({2}%).",
            "Ut fra hvor ofte endringssnakk ble møtt med en refleksjon eller et åpent spørsmål ({0} av {1}) og andelen endringssnakk i det klienten sa ({2} %).",
            "Ud fra hvor ofte forandringssnak blev mødt med en refleksion eller et åbent spørgsmål ({0} af {1}) og andelen af forandringssnak i det, klienten sagde ({2} %)."),
        ["sst-why"] = (
            "From how resistance was met: rolled with (reflection, affirmation, autonomy support) {0} of {1} times, pushed against {2} times.",
            "Ut fra hvordan motstand ble møtt: rullet med (refleksjon, bekreftelse, autonomistøtte) {0} av {1} ganger, presset mot {2} ganger.",
            "Ud fra hvordan modstand blev mødt: rullet med (refleksion, anerkendelse, autonomistøtte) {0} af {1} gange, presset imod {2} gange."),
        ["partnership-why"] = (
            "From power shared (seeking collaboration, emphasizing autonomy: {0}) against power taken (persuade, confront: {1}) per turn, and the balloon's discord at the end ({2}).",
            "Ut fra makt som ble delt (søke samarbeid, understreke autonomi: {0}) mot makt som ble tatt (overtale, konfrontere: {1}) per replikk, og relasjonspresset til slutt ({2}).",
            "Ud fra magt, der blev delt (søge samarbejde, understrege autonomi: {0}) mod magt, der blev taget (overtale, konfrontere: {1}) pr. replik, og relationspresset til sidst ({2})."),
        ["empathy-why"] = (
            "From reflections per turn ({0} of {1} turns) and how many were complex ({2}), less for moves that judged or argued ({3}).",
            "Ut fra refleksjoner per replikk ({0} av {1}) og hvor mange som var komplekse ({2}), minus trekk som dømte eller argumenterte ({3}).",
            "Ud fra refleksioner pr. replik ({0} af {1}) og hvor mange der var komplekse ({2}), minus træk, der dømte eller argumenterede ({3})."),
    });

    public static string Get(string key, Language language, params object[] args) =>
        Texts.Get(key, language, args);
}
