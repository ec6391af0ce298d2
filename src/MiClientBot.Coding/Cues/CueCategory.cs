namespace MiClientBot.Coding.Cues;

/// <summary>What a lexical cue is evidence of. Several categories map onto one MITI code.</summary>
internal enum CueCategory
{
    /// <summary>"you should", "du bør": advice or an order without permission (righting reflex).</summary>
    Directive,

    /// <summary>"if you don't stop ...", "det er farlig": a warning about consequences.</summary>
    Warning,

    /// <summary>"you're in denial", "det er ikke sant": disagreeing, labelling, shaming.</summary>
    Confront,

    /// <summary>"it's up to you", "det er ditt valg".</summary>
    Autonomy,

    /// <summary>"would it be ok if I", "er det greit at jeg": asking permission.</summary>
    Permission,

    /// <summary>"you may disagree", "see what fits": advice offered with the client's freedom kept.</summary>
    PermissionHedge,

    /// <summary>"you could try", "en mulighet er": softer advice, still advice.</summary>
    Suggestion,

    /// <summary>"let's", "together", "what ideas do you have": sharing power.</summary>
    Collaboration,

    /// <summary>"well done", "du har jobbet hardt": praise of the client's strengths or efforts.</summary>
    Affirm,

    /// <summary>"so you", "it sounds like", "det høres ut som": the start of a reflection.</summary>
    ReflectionStem,

    /// <summary>A feeling word: reflecting feeling makes a reflection complex.</summary>
    Feeling,

    /// <summary>"on the one hand", "på den ene siden": a double-sided reflection.</summary>
    DoubleSided,

    /// <summary>"as if", "like a": a metaphor or simile.</summary>
    Metaphor,

    /// <summary>"let me summarise", "du har fortalt": a summary.</summary>
    Summary,

    /// <summary>"important to you", "viktig for deg": values and meaning added to the client's words.</summary>
    Meaning,

    /// <summary>"what", "hvordan", "tell me": an open question.</summary>
    OpenQuestion,

    /// <summary>"do you", "har du", "how many": a closed question.</summary>
    ClosedQuestion,

    /// <summary>"research shows", "de fleste": neutral information.</summary>
    Information,

    /// <summary>"mm-hmm", "okay", "jaha": a facilitating acknowledgement.</summary>
    Acknowledgement,

    /// <summary>"hello", "we have ten minutes left", "hei": greetings, rituals and session structuring.</summary>
    Greeting,

    /// <summary>Said by the client: "what would you do?", "any advice?" - advice that follows is given with permission.</summary>
    AdviceRequest,

    /// <summary>
    /// "have I got that right?", "har jeg fått med meg det viktigste?": the check a summary ends
    /// with. Read by the rules only (no model feature), so adding it needed no retraining.
    /// </summary>
    CheckQuestion,

    /// <summary>
    /// A reference to what happened or was said before ("last week", "i går", "du sa i sted", "i rapporten"); rule-only.
    /// Set against a client's denial, it disputes (see <c>MoveDecider</c>).
    /// </summary>
    PastEvidence,

    /// <summary>
    /// Client side, rule-only: "ja gjerne", "go on then", "sure, tell me" - a short yes to what the trainee
    /// offered, so the statement that follows informs rather than reflects.
    /// </summary>
    Consent,

    /// <summary>Rule-only: "sorry, that came out wrong", "beklager, det var dumt sagt" - a ritual, not a reflection.</summary>
    Apology,

    /// <summary>
    /// Rule-only: "it says here", "legen din nevnte", "i journalen": the trainee relays a record or a third party,
    /// so a closing "is that right?" asks the client to confirm a fact (a closed question), it checks no summary.
    /// </summary>
    Record,
}
