namespace MiClientBot.Coding.Analysis;

/// <summary>
/// Every cue sentence the coder writes, in en, nb and da. The English column is what the coder
/// builds (through <see cref="CueTemplate.Format"/> or the literal <see cref="CueTemplate.En"/>), so
/// the English cue and its translations cannot drift apart. The nb and da columns quote the
/// trainee's words in the language's own marks («...» in nb, »...« in da) and use a dash as in
/// running Norwegian and Danish text.
/// </summary>
internal static class CueTemplates
{
    // Lexicon hits, one per cue category (see CueText.For).
    public static readonly CueTemplate Directive = new(
        "you said '{0}' - a directive (advice or an order without permission)",
        "du sa «{0}» – et direktiv (råd eller ordre uten tillatelse)",
        "du sagde »{0}« – et direktiv (råd eller ordre uden tilladelse)");

    public static readonly CueTemplate Warning = new(
        "you said '{0}' - a warning about consequences",
        "du sa «{0}» – en advarsel om konsekvenser",
        "du sagde »{0}« – en advarsel om konsekvenser");

    public static readonly CueTemplate Suggestion = new(
        "you said '{0}' - a suggestion, which is still advice",
        "du sa «{0}» – et forslag, som også er et råd",
        "du sagde »{0}« – et forslag, som også er et råd");

    public static readonly CueTemplate Confront = new(
        "you said '{0}' - a confrontation (disagreeing, labelling or shaming)",
        "du sa «{0}» – en konfrontasjon (å være uenig, sette merkelapper eller skambelegge)",
        "du sagde »{0}« – en konfrontation (at være uenig, sætte etiketter på eller udskamme)");

    public static readonly CueTemplate Autonomy = new(
        "you said '{0}' - emphasises the client's autonomy",
        "du sa «{0}» – understreker klientens autonomi",
        "du sagde »{0}« – understreger klientens autonomi");

    public static readonly CueTemplate Permission = new(
        "you asked '{0}' - asking permission",
        "du spurte «{0}» – ber om tillatelse",
        "du spurgte »{0}« – beder om tilladelse");

    public static readonly CueTemplate PermissionHedge = new(
        "you said '{0}' - leaves the client free to take it or leave it",
        "du sa «{0}» – lar klienten stå fritt til å ta det til seg eller la det ligge",
        "du sagde »{0}« – lader klienten frit tage det til sig eller lade det ligge");

    public static readonly CueTemplate Collaboration = new(
        "you said '{0}' - seeks collaboration",
        "du sa «{0}» – søker samarbeid",
        "du sagde »{0}« – søger samarbejde");

    public static readonly CueTemplate Affirm = new(
        "you said '{0}' - affirms the client's strengths or efforts",
        "du sa «{0}» – bekrefter klientens styrker eller innsats",
        "du sagde »{0}« – anerkender klientens styrker eller indsats");

    public static readonly CueTemplate ReflectionStem = new(
        "opens like a reflection ('{0}')",
        "begynner som en refleksjon («{0}»)",
        "begynder som en refleksion (»{0}«)");

    public static readonly CueTemplate Feeling = new(
        "names a feeling ('{0}') - a complex reflection",
        "setter ord på en følelse («{0}») – en kompleks refleksjon",
        "sætter ord på en følelse (»{0}«) – en kompleks refleksion");

    public static readonly CueTemplate DoubleSided = new(
        "double-sided ('{0}') - a complex reflection",
        "tosidig («{0}») – en kompleks refleksjon",
        "dobbeltsidet (»{0}«) – en kompleks refleksion");

    public static readonly CueTemplate Metaphor = new(
        "uses a metaphor ('{0}') - a complex reflection",
        "bruker en metafor («{0}») – en kompleks refleksjon",
        "bruger en metafor (»{0}«) – en kompleks refleksion");

    public static readonly CueTemplate Summary = new(
        "collects what the client said ('{0}') - a summary",
        "samler det klienten har sagt («{0}») – en oppsummering",
        "samler det, klienten har sagt (»{0}«) – en opsummering");

    public static readonly CueTemplate CheckQuestion = new(
        "ends a reflection with a check ('{0}') - a summary, counted as a complex reflection",
        "avslutter en refleksjon med en sjekk («{0}») – en oppsummering, telt som kompleks refleksjon",
        "afslutter en refleksion med et tjek (»{0}«) – en opsummering, talt som kompleks refleksion");

    public static readonly CueTemplate PastEvidence = new(
        "you set '{0}' against what the client just denied - disputing (a confrontation)",
        "du stilte «{0}» opp mot det klienten nettopp benektet – du bestrider (en konfrontasjon)",
        "du stillede »{0}« op mod det, klienten lige har benægtet – du bestrider (en konfrontation)");

    public static readonly CueTemplate Meaning = new(
        "adds meaning or values ('{0}') - a complex reflection",
        "legger til mening eller verdier («{0}») – en kompleks refleksjon",
        "tilføjer mening eller værdier (»{0}«) – en kompleks refleksion");

    /// <summary>Also the cue of a question whose opening words make it open (MoveDecider).</summary>
    public static readonly CueTemplate OpenQuestion = new(
        "opens with '{0}' - an open question",
        "begynner med «{0}» – et åpent spørsmål",
        "begynder med »{0}« – et åbent spørgsmål");

    /// <summary>The cue of a statement that answers the client's yes to an offer of information.</summary>
    public static readonly CueTemplate AnswersConsent = new(
        "the client said yes to hearing it ('{0}') - giving information",
        "klienten sa ja til å høre det («{0}») – gir informasjon",
        "klienten sagde ja til at høre det (»{0}«) – giver information");

    /// <summary>The cue of a statement that reports numbers the client never gave (results, measurements).</summary>
    public static readonly CueTemplate ReportsNumbers = new(
        "gives numbers the client did not ('{0}') - giving information",
        "gir tall klienten ikke ga («{0}») – gir informasjon",
        "giver tal klienten ikke gav (»{0}«) – giver information");

    /// <summary>The cue of a question that puts its question word at the end ("slow in what way?").</summary>
    public static readonly CueTemplate TrailingQuestionWord = new(
        "asks '{0}' - an open question",
        "spør «{0}» – et åpent spørsmål",
        "spørger »{0}« – et åbent spørgsmål");

    public static readonly CueTemplate ClosedQuestion = new(
        "'{0}' - a closed (yes/no or specific-fact) question",
        "«{0}» – et lukket spørsmål (ja/nei eller et bestemt faktum)",
        "»{0}« – et lukket spørgsmål (ja/nej eller en bestemt oplysning)");

    public static readonly CueTemplate Information = new(
        "'{0}' - giving information",
        "«{0}» – gir informasjon",
        "»{0}« – giver information");

    public static readonly CueTemplate Acknowledgement = new(
        "'{0}' - a short acknowledgement",
        "«{0}» – en kort kvittering",
        "»{0}« – en kort kvittering");

    public static readonly CueTemplate Greeting = new(
        "'{0}' - a greeting or ritual",
        "«{0}» – en hilsen eller et ritual",
        "»{0}« – en hilsen eller et ritual");

    // Written by MoveDecider.
    public static readonly CueTemplate BlamesPast = new(
        "you said '{0}' - blaming the client for what is done (a confrontation)",
        "du sa «{0}» – du bebreider klienten noe som er gjort (en konfrontasjon)",
        "du sagde »{0}« – du bebrejder klienten noget, der er sket (en konfrontation)");

    public static readonly CueTemplate DisputesWord = new(
        "you said '{0}' against the client's own word - disputing (a confrontation)",
        "du sa «{0}» mot klientens eget ord – du bestrider (en konfrontasjon)",
        "du sagde »{0}« imod klientens eget ord – du bestrider (en konfrontation)");

    public static readonly CueTemplate LabelsClient = new(
        "you said '{0}' - labelling the client (a confrontation)",
        "du sa «{0}» – du setter merkelapp på klienten (en konfrontasjon)",
        "du sagde »{0}« – du sætter mærkat på klienten (en konfrontation)");

    public static readonly CueTemplate DoubtingQuestion = new(
        "you asked '{0}' - doubting what the client says (a confrontation)",
        "du spurte «{0}» – du tviler på det klienten sier (en konfrontasjon)",
        "du spurgte »{0}« – du tvivler på det, klienten siger (en konfrontation)");

    public static readonly CueTemplate Assertion = new(
        "you said '{0}' - presenting your own view as a given, against the client's (arguing)",
        "du sa «{0}» – du legger fram ditt eget syn som en selvfølge, mot klientens (argumenterer)",
        "du sagde »{0}« – du fremlægger dit eget syn som en selvfølge, mod klientens (argumenterer)");

    public static readonly CueTemplate MinimizedAdvice = new(
        "you asked '{0}' - advice in question form, which is still a suggestion",
        "du spurte «{0}» – et råd i spørsmålsform, som også er et forslag",
        "du spurte »{0}« – et råd i spørgsmålsform, som også er et forslag");

    public static readonly CueTemplate AdviceAfterPermission = new(
        "you asked '{0}' and then gave your view - advice with permission",
        "du spurte «{0}» og ga så ditt syn – råd med tillatelse",
        "du spurte »{0}« og gav så dit syn – råd med tilladelse");

    public static readonly CueTemplate ClientAskedForAdvice = new(
        "the client asked for it ('{0}') - advice with permission",
        "klienten ba om det («{0}») – råd med tillatelse",
        "klienten bad om det (»{0}«) – råd med tilladelse");

    public static readonly CueTemplate ClosedOpening = new(
        "opens with '{0}' - a closed (yes/no or specific-fact) question",
        "begynner med «{0}» – et lukket spørsmål (ja/nei eller et bestemt faktum)",
        "begynder med »{0}« – et lukket spørgsmål (ja/nej eller en bestemt oplysning)");

    public static readonly CueTemplate QuestionMark = new(
        "ends with '?' - a question",
        "slutter med «?» – et spørsmål",
        "slutter med »?« – et spørgsmål");

    public static readonly CueTemplate VoicedFeeling = new(
        "names the feeling the client already voiced - a simple reflection",
        "setter ord på følelsen klienten allerede har uttrykt – en enkel refleksjon",
        "sætter ord på den følelse, klienten allerede har udtrykt – en simpel refleksion");

    public static readonly CueTemplate BeyondWords = new(
        "goes beyond the client's words - a complex reflection",
        "går ut over klientens egne ord – en kompleks refleksjon",
        "går ud over klientens egne ord – en kompleks refleksion");

    public static readonly CueTemplate NewContent = new(
        "adds content the client did not say - a complex reflection",
        "legger til innhold klienten ikke sa – en kompleks refleksjon",
        "tilføjer indhold, som klienten ikke sagde – en kompleks refleksion");

    /// <summary>The client's words the move repeats, each quoted (CueText.Echo).</summary>
    public static readonly CueTemplate Echo = new(
        "echoes the client's words '{0}' - a reflection",
        "gjentar klientens ord «{0}» – en refleksjon",
        "gentager klientens ord »{0}« – en refleksion",
        list: true);

    /// <summary>The statistical model's behaviour, in the order of <see cref="Model.ModelLabels.Behaviour"/>; the slot is p.</summary>
    public static readonly CueTemplate[] Model =
    [
        new(
            "the statistical model reads it as question (p={0})",
            "den statistiske modellen leser det som et spørsmål (p={0})",
            "den statistiske model læser det som et spørgsmål (p={0})"),
        new(
            "the statistical model reads it as reflection (p={0})",
            "den statistiske modellen leser det som en refleksjon (p={0})",
            "den statistiske model læser det som en refleksion (p={0})"),
        new(
            "the statistical model reads it as therapist input (p={0})",
            "den statistiske modellen leser det som innspill fra behandleren (p={0})",
            "den statistiske model læser det som input fra behandleren (p={0})"),
        new(
            "the statistical model reads it as other (p={0})",
            "den statistiske modellen leser det som noe annet (p={0})",
            "den statistiske model læser det som noget andet (p={0})"),
    ];

    /// <summary>The chat-move head's code when it replaces the rules' one; the slot is the code's name and p.</summary>
    public static readonly CueTemplate MoveModel = new(
        "moves typed like this one are coded {0}",
        "replikker skrevet som denne kodes {0}",
        "replikker skrevet som denne kodes {0}");

    // Moves the coder refuses to read (InputGuard, TraineeMoveCoder); the slot is the length.
    public static readonly CueTemplate Empty = new(
        "the move is empty - nothing to code",
        "replikken er tom – ingenting å kode",
        "replikken er tom – intet at kode");

    public static readonly CueTemplate TooLong = new(
        "the move is {0} characters long - too long to be one conversational move",
        "replikken er {0} tegn lang – for lang til å være én replikk i en samtale",
        "replikken er {0} tegn lang – for lang til at være én replik i en samtale");

    public static readonly CueTemplate ControlCharacters = new(
        "the move contains control characters - not readable text",
        "replikken inneholder kontrolltegn – ikke lesbar tekst",
        "replikken indeholder kontroltegn – ikke læsbar tekst");

    public static readonly CueTemplate NoWords = new(
        "the move has no words (only symbols, digits or emoji)",
        "replikken har ingen ord (bare symboler, sifre eller emoji)",
        "replikken har ingen ord (kun symboler, cifre eller emoji)");

    public static readonly CueTemplate OtherScript = new(
        "the move is written (partly) in another script than English, Norwegian or Danish",
        "replikken er (delvis) skrevet med et annet alfabet enn engelsk, norsk eller dansk",
        "replikken er (delvis) skrevet med et andet alfabet end engelsk, norsk eller dansk");

    public static readonly CueTemplate Uncodable = new(
        "the move could not be coded",
        "replikken kunne ikke kodes",
        "replikken kunne ikke kodes");

    /// <summary>Every template, for recognising a cue; a template missing here is shown in English.</summary>
    public static readonly CueTemplate[] All =
    [
        Directive, Warning, Suggestion, Confront, Autonomy, Permission, PermissionHedge, Collaboration, Affirm,
        ReflectionStem, Feeling, DoubleSided, Metaphor, Summary, CheckQuestion, PastEvidence, Meaning, OpenQuestion, ClosedQuestion, Information,
        Acknowledgement, Greeting, BlamesPast, DisputesWord, LabelsClient, DoubtingQuestion, Assertion, MinimizedAdvice, AdviceAfterPermission, ClientAskedForAdvice, ClosedOpening, TrailingQuestionWord, AnswersConsent, ReportsNumbers, QuestionMark, VoicedFeeling, BeyondWords,
        NewContent, Echo, .. Model, MoveModel, Empty, TooLong, ControlCharacters, NoWords, OtherScript, Uncodable,
    ];
}
