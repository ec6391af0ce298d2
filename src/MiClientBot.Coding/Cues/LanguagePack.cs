namespace MiClientBot.Coding.Cues;

/// <summary>
/// Everything language-specific the coder needs: the cue lexicon and small word classes. The
/// feature extractor turns these classes into language-neutral features ("starts with an open
/// question word"), which is what lets a model trained on English AnnoMI read nb and da moves.
/// </summary>
internal sealed class LanguagePack
{
    /// <summary>Made from the sets on first use, once they are all set.</summary>
    private readonly Lazy<Dictionary<string, WordClasses>> classes;

    public LanguagePack() => classes = new(BuildClasses);

    public required Language Language { get; init; }

    public required CueLexicon Lexicon { get; init; }

    /// <summary>Words that open an open question: "what", "hvordan", "hvad".</summary>
    public required HashSet<string> OpenQuestionWords { get; init; }

    /// <summary>Auxiliaries and verbs that open a yes/no question when a subject follows: "do", "har", "er".</summary>
    public required HashSet<string> ClosedQuestionStarters { get; init; }

    /// <summary>
    /// nb and da make a yes/no question by putting any verb first ("Drikker du mye?"). A first word
    /// not in this set, followed by a subject pronoun, is read as such a verb.
    /// </summary>
    public required HashSet<string> NonVerbStarters { get; init; }

    public required bool VerbFirstQuestions { get; init; }

    public required HashSet<string> SubjectPronouns { get; init; }

    public required HashSet<string> SecondPerson { get; init; }

    public required HashSet<string> FirstPerson { get; init; }

    public required HashSet<string> FirstPersonPlural { get; init; }

    /// <summary>"so", "så", "well", "og": discourse openers skipped when looking for a question word.</summary>
    public required HashSet<string> Openers { get; init; }

    /// <summary>Function words ignored when measuring overlap with the client's words.</summary>
    public required HashSet<string> Stopwords { get; init; }

    /// <summary>Words that on their own make a facilitating "other" turn: "mm", "okay", "ja".</summary>
    public required HashSet<string> Backchannels { get; init; }

    /// <summary>"tell", "fortell", "fortæl": a request for a story is an open question even with a full stop (MITI).</summary>
    public required HashSet<string> RequestWords { get; init; }

    /// <summary>Negations: a question opening with one ("don't you think") leads rather than asks.</summary>
    public required HashSet<string> Negations { get; init; }

    /// <summary>
    /// Articles, possessives and number words: after "why not" / "what about" / "hvorfor ikke" one
    /// of them opens a noun ("why not a lower number?", "what about your mother?"), which makes the
    /// move a question about a thing rather than a suggested action.
    /// </summary>
    public required HashSet<string> Determiners { get; init; }

    /// <summary>
    /// Verbs of thinking, feeling and saying ("you feel", "du synes", "det lyder"): a modal right after
    /// one reports the client's view ("you feel you should") rather than directing.
    /// </summary>
    public required HashSet<string> FrameVerbs { get; init; }

    /// <summary>"i", "jeg", "we": before a frame verb they make it the trainee's own view ("I think you should").</summary>
    public required HashSet<string> Speakers { get; init; }

    /// <summary>Prepositions that, with "at"/"å", embed a modal in a describing clause ("venter på at du skal").</summary>
    public required HashSet<string> ClausePrepositions { get; init; }

    /// <summary>Words too common to be the key word of a cue when asking whether the cue echoes the client.</summary>
    public required HashSet<string> CueKeyIgnored { get; init; }

    /// <summary>
    /// "just", "bare": in a question that carries advice ("can't you just...", "hvorfor sletter du ikke bare
    /// spillet?") the minimiser makes the question a suggestion (MITI 4.2.1: advice in question form is Persuade).
    /// </summary>
    public required HashSet<string> Minimizers { get; init; }

    /// <summary>"before", "før", "nogensinde": a "have you tried" question with one asks about the past, not for a try.</summary>
    public required HashSet<string> PastMarkers { get; init; }

    /// <summary>
    /// nb/da "jo" ("det er jo ikke det man kalder styr på det"): a particle that presents the speaker's view as
    /// something the listener must accept. In a trainee's statement outside a reflective frame it argues.
    /// </summary>
    public required HashSet<string> AssertionParticles { get; init; }

    /// <summary>"but", "men": a contrast after a reflective frame starts the trainee's own clause.</summary>
    public required HashSet<string> Contrasts { get; init; }

    /// <summary>"feel", "føler": followed by a clause about the client ("you feel you should") they frame a view, not a feeling.</summary>
    public required HashSet<string> FeelingFrames { get; init; }

    /// <summary>"which": after a comma it opens a relative clause ("..., which is why people wake at 3am"), not a question.</summary>
    public required HashSet<string> Relatives { get; init; }

    /// <summary>
    /// nb/da "så", "da", "nå": a fronted adverb puts the verb before the subject in a statement ("så vil jeg
    /// foreslå...", "så skal du ringe"), so verb-subject order after one is no yes/no question without a '?'.
    /// </summary>
    public required HashSet<string> InvertingOpeners { get; init; }

    /// <summary>nb/da "så" later in a verb-first sentence: "Fortsætter du sådan, så ender du..." is a condition and its consequence.</summary>
    public required HashSet<string> ConditionalLinks { get; init; }

    /// <summary>"all", "alle": before "together/sammen" they count people ("vi alle sammen"), not shared work.</summary>
    public required HashSet<string> Quantifiers { get; init; }

    /// <summary>"when", "før", "når": "du får til ting når du bestemmer deg" praises; the choice it names is no autonomy handed over.</summary>
    public required HashSet<string> Subordinators { get; init; }

    /// <summary>
    /// "many", "long", "lenge", "lang": after "how/hvor" they ask for a number or a fact ("how long have you
    /// smoked?", "hvor lang tid"), which MITI 4.2.1 codes as a closed question.
    /// </summary>
    public required HashSet<string> SpecificFactWords { get; init; }

    /// <summary>
    /// "tell", "fortelle", "beskrive": after "can you / kan du" they turn a yes/no form into an invitation
    /// ("can you tell me about a normal day?"), which trainers code as an open question.
    /// </summary>
    public required HashSet<string> RequestVerbs { get; init; }

    /// <summary>"scale", "skala": a question about where the client stands on a ruler asks for a number (closed).</summary>
    public required HashSet<string> ScaleWords { get; init; }

    /// <summary>
    /// "must", "have", "should", "må", "skal", "bør": the client's "I must" handed back as "you have to" or "du skal"
    /// is still the client's own obligation (an echo), whichever of these the trainee picks.
    /// </summary>
    public required HashSet<string> ObligationModals { get; init; }

    /// <summary>nb/da "-ene", "-erne": a first word with such an ending is a noun ("blodprøvene du tok..."), not the verb of a yes/no question.</summary>
    public required IReadOnlyList<string> NounEndings { get; init; }

    /// <summary>nb/da "-r", "-te", "-de": how finite verbs end, for a verb-first question typed without a '?'.</summary>
    public required IReadOnlyList<string> VerbEndings { get; init; }

    /// <summary>"is", "er": after a wh-clause with a subject ("what you do is up to you") the clause is the subject of a statement.</summary>
    public required HashSet<string> Copulas { get; init; }

    /// <summary>"be", "være", "vært": a phrase ending in one ("don't you think it'd be") names a predicate, so an article after it opens no noun question.</summary>
    public required HashSet<string> PredicateVerbs { get; init; }

    /// <summary>"when", "hvornår": with a <see cref="LastWords"/> word later ("hvornår røg du sidst?") the question asks for a date.</summary>
    public required HashSet<string> TimeQuestionWords { get; init; }

    /// <summary>"last", "sist", "sidst".</summary>
    public required HashSet<string> LastWords { get; init; }

    /// <summary>"even", "selv": before "if/om" the clause concedes ("selv om du ikke liker piller"), it sets no condition.</summary>
    public required HashSet<string> Concessives { get; init; }

    /// <summary>"really", "virkelig": in a yes/no question they doubt the client ("do you really think...?", "er det virkelig...?").</summary>
    public required HashSet<string> DoubtWords { get; init; }

    /// <summary>"he", "han": a doubting question about someone else ("has he ever actually gone a month without?") asks the client a fact.</summary>
    public required HashSet<string> ThirdPersonSubjects { get; init; }

    /// <summary>"let's", "la oss", "lad os": the first person plural imperative, a plan when its verb takes the client as object.</summary>
    public required IReadOnlyList<string[]> LetUs { get; init; }

    /// <summary>"i wonder", "jeg lurer på": a stem that makes the question word or "whether" after it a question, '.' or not.</summary>
    public required IReadOnlyList<string[]> IndirectQuestionStems { get; init; }

    /// <summary>"whether", "if", "om": after an indirect question stem it asks yes or no ("I'm curious whether you've tried").</summary>
    public required HashSet<string> IndirectQuestionLinks { get; init; }

    /// <summary>"if", "hvis": a sentence opened so may ask its question later without '?' ("if you could change one thing what would help most").</summary>
    public required HashSet<string> Hypotheticals { get; init; }

    /// <summary>"to be honest", "ærlig talt": the trainee's own candour, no demand that the client be honest; before advice it softens the advice.</summary>
    public required IReadOnlyList<string[]> CandourPhrases { get; init; }

    /// <summary>"and you think", "og du synes": a yes/no question opened so challenges the client's view ("and you think that's funny?").</summary>
    public required IReadOnlyList<string[]> ChallengeOpeners { get; init; }

    /// <summary>"said", "sa", "sagde": someone the client speaks of reporting on the client ("your line manager said you...").</summary>
    public required HashSet<string> ReportVerbs { get; init; }

    /// <summary>"ever": after "you" at the start, a question whose auxiliary chat drops ("you ever been to a meeting").</summary>
    public required HashSet<string> ElidedQuestionWords { get; init; }

    /// <summary>"up": after a label word it makes an idiom ("getting her hooked up with a kit"), no label.</summary>
    public required HashSet<string> LabelParticles { get; init; }

    /// <summary>"or", "eller": a short last clause holding it offers a choice ("when does it happen more, mornings or evenings").</summary>
    public required HashSet<string> ChoiceWords { get; init; }

    /// <summary>"eller": a statement that ends on it asks which ("så sluttdato blir første august eller").</summary>
    public required HashSet<string> QuestionTails { get; init; }

    /// <summary>"tried", "prøvd", "prøvet": "have you tried the patches?" names a remedy to try, whatever its article.</summary>
    public required HashSet<string> TrialVerbs { get; init; }

    /// <summary>"you", "deg", "dig": the client as the object of a verb (not "you're", which opens a clause).</summary>
    public required HashSet<string> ObjectPronouns { get; init; }

    /// <summary>"come on", "kom nu": confront phrases that can also cheer the client on, when the move praises and then advises.</summary>
    public required HashSet<string> Cheers { get; init; }

    /// <summary>"it's", "that's", "det er": a sentence that opens with one and a negation ("it's not drastic") can deny the client's word.</summary>
    public required IReadOnlyList<string[]> DisputeSubjects { get; init; }

    /// <summary>"know", "saying", "sound": after "you" a frame verb that carries the trainee's own claim ("you know where this ends", "so you're saying it's fine to...", "du høres ut som en sjuttenåring").</summary>
    public required HashSet<string> AssertingFrames { get; init; }

    /// <summary>"then", "da": closing a "so you're happy to..." statement they turn the client's view into the trainee's sarcasm.</summary>
    public required HashSet<string> SarcasmTails { get; init; }

    /// <summary>"that", "because", "fordi", "at": after "it's not" they open the clause a reframe denies ("it's not that you don't care, it's that...").</summary>
    public required HashSet<string> ReframeWords { get; init; }

    /// <summary>"can", "could", "kan", "kunne": only a modal makes a yes/no request of a request verb ("can you tell me...?"); "did you talk to her?" asks a fact.</summary>
    public required HashSet<string> RequestModals { get; init; }

    /// <summary>"still", "fortsatt", "stadig": "five a day is still five a day" answers the client's "only" with its own words.</summary>
    public required HashSet<string> StillWords { get; init; }

    /// <summary>"your", "din/dine": a noun phrase with one is evidence about the client ("your liver results", "kontoutskriftene dine").</summary>
    public required HashSet<string> Possessives { get; init; }

    /// <summary>"mer", "mindre", "bedre": after "jo" they compare ("risikoen øker jo mer man drikker"), "jo" asserts nothing.</summary>
    public required HashSet<string> Comparatives { get; init; }

    /// <summary>
    /// "addict", "hooked", "spilafhængig": words that label a person; said of the client ("you're a little bit hooked")
    /// they confront. A trailing '*' matches any ending ("afhængig*": "afhængighed").
    /// </summary>
    public required IReadOnlyList<string> LabelWords { get; init; }

    /// <summary>"have", "ha": after "you should" it turns advice into blame for the past ("you should have asked").</summary>
    public required HashSet<string> PerfectAuxiliaries { get; init; }

    /// <summary>"something", "noe", "lidt": after "should have" the verb is "to have" ("you should have something for breakfast").</summary>
    public required HashSet<string> Partitives { get; init; }

    /// <summary>
    /// "the", "your", "din": after an auxiliary or a verb that opens the sentence, a noun phrase as its subject makes a
    /// yes/no question ("was the couple like 2 or 4", "does the coke make it worse", "har din kone sagt").
    /// </summary>
    public required HashSet<string> QuestionSubjectDeterminers { get; init; }

    /// <summary>"just", "bare", "jo": words trainees type into a phrase without changing what it does.</summary>
    public required HashSet<string> Fillers { get; init; }

    /// <summary>
    /// Casual spellings read as their standard form before anything else ("whats" as "what's", da "hva"
    /// as "hvad"): trainees type fast, and a missing apostrophe should not change the code.
    /// </summary>
    public required Dictionary<string, string> Spellings { get; init; }

    /// <summary>
    /// The classes <paramref name="word"/> belongs to, in one look-up: the feature extractor asks
    /// several per token.
    /// </summary>
    public WordClasses ClassesOf(string word) =>
        classes.Value.TryGetValue(word, out var found) ? found : WordClasses.None;

    /// <summary>A negation of the pack's list, or any typed English "-n't" ("doesn't", "wont" after spelling).</summary>
    public bool IsNegation(string word) =>
        (ClassesOf(word) & WordClasses.Negation) != 0 || word.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>Every word the pack names: its word classes and its cue words.</summary>
    public IEnumerable<string> Vocabulary() =>
        new[]
        {
            OpenQuestionWords, ClosedQuestionStarters, NonVerbStarters, SubjectPronouns, SecondPerson, FirstPerson,
            FirstPersonPlural, Openers, Stopwords, Backchannels, RequestWords, Negations, Determiners,
        }.SelectMany(words => words).Concat(Lexicon.Words);

    private Dictionary<string, WordClasses> BuildClasses()
    {
        var result = new Dictionary<string, WordClasses>(StringComparer.Ordinal);
        foreach (var (words, flag) in new[]
        {
            (OpenQuestionWords, WordClasses.OpenQuestionWord), (ClosedQuestionStarters, WordClasses.ClosedQuestionStarter),
            (SecondPerson, WordClasses.SecondPerson), (FirstPerson, WordClasses.FirstPerson),
            (FirstPersonPlural, WordClasses.FirstPersonPlural), (Openers, WordClasses.Opener),
            (Backchannels, WordClasses.Backchannel), (Negations, WordClasses.Negation),
        })
        {
            foreach (var word in words)
            {
                result[word] = result.GetValueOrDefault(word) | flag;
            }
        }

        return result;
    }
}
