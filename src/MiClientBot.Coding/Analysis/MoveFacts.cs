using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Analysis;

/// <summary>
/// Facts about a move that the decider's rules for chat read (issue 20): whether the client denied, whether a
/// view follows a permission question, whether the move opens as a summary. Kept apart from
/// <see cref="MoveDecider"/>, which combines them with the model.
/// </summary>
internal static class MoveFacts
{
    /// <summary>
    /// What a volley that asks permission and then goes on with a statement of its own gives: Persuade with
    /// Permission, or Giving Information when the statement carries facts and no advice; null when nothing
    /// of substance follows the permission question.
    /// </summary>
    internal static MitiCode? ViewAfterPermission(MoveAnalysis move, CueHit asked)
    {
        if (!move.QuestionSentences[asked.SentenceIndex])
        {
            return null;
        }

        var sentences = move.Text.Sentences;
        for (var s = asked.SentenceIndex + 1; s < sentences.Length; s++)
        {
            // "Is it okay if we go over the form? We give this to everybody." structures the session.
            if (!move.QuestionSentences[s] && sentences[s].Length >= MinViewTokens
                && !move.Pack.FirstPersonPlural.Contains(move.Text.Tokens[sentences[s].Start]) && !OnlyLeavesFreedom(move, s))
            {
                var facts = false;
                var advice = false;
                foreach (var hit in move.Hits)
                {
                    if (hit.SentenceIndex > asked.SentenceIndex)
                    {
                        facts |= hit.Category == CueCategory.Information;
                        advice |= hit.Category is CueCategory.PermissionHedge or CueCategory.Autonomy or CueCategory.Suggestion;
                    }
                }

                return facts && !advice ? MitiCode.GivingInformation : MitiCode.PersuadeWithPermission;
            }
        }

        return null;
    }

    /// <summary>
    /// "would it be ok if I shared what others have tried? totally fine if none of it fits you": a short sentence whose only
    /// cues are a freedom (and no advice or facts) hands the choice back before anything is shared; it is no view (Seeking Collaboration).
    /// "Some people find that cutting down slowly helps" opens with its hedge and is the view itself.
    /// </summary>
    private static bool OnlyLeavesFreedom(MoveAnalysis move, int s)
    {
        var sentence = move.Text.Sentences[s];
        if (sentence.Length > MaxFreedomTokens)
        {
            return false;
        }

        var freedom = false;
        foreach (var hit in move.Hits)
        {
            if (hit.SentenceIndex != s)
            {
                continue;
            }

            if (hit.Category is CueCategory.Directive or CueCategory.Suggestion or CueCategory.Warning or CueCategory.Information
                or CueCategory.Record or CueCategory.Confront || (hit.Category is CueCategory.PermissionHedge && hit.TokenIndex <= sentence.Start + 1))
            {
                return false;
            }

            freedom |= hit.Category is CueCategory.PermissionHedge or CueCategory.Autonomy;
        }

        return freedom;
    }

    /// <summary>How long a sentence that only leaves the client free may be ("you can tell me if it doesn't fit you").</summary>
    private const int MaxFreedomTokens = 10;

    /// <summary>
    /// True when a statement of six words or more carries no autonomy or hedge phrase: the view offered
    /// beside the handing-back ("a lot of parents find it works better to... . you could see if that fits"),
    /// not a move that only hands the choice back ("det er din krop og dit valg, jeg skal ikke bestemme noget").
    /// </summary>
    internal static bool HasViewApartFromFreedom(MoveAnalysis move)
    {
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            if (move.QuestionSentences[s] || move.Text.Sentences[s].Length < MinViewTokens)
            {
                continue;
            }

            var free = false;
            foreach (var hit in move.Hits)
            {
                free |= hit.SentenceIndex == s && hit.Category is CueCategory.Autonomy or CueCategory.PermissionHedge or CueCategory.Permission;
            }

            if (!free)
            {
                return true;
            }
        }

        return false;
    }

    private const int EchoQuestionTokens = 4;

    /// <summary>Words a statement needs before its tag ("so worse falls are fine" + "are they").</summary>
    private const int MinTaggedStatement = 3;

    /// <summary>
    /// "so worse falls are fine are they", "you've got it all figured out, have you?": an English statement with no
    /// negation closed by a tag of the same polarity (auxiliary + subject, not negated) voices disbelief or sarcasm,
    /// where a checking tag reverses the polarity ("..., isn't it?"); the hard sets code such moves Confront 91 times in
    /// 93. Returns the tag or null. nb/da have no such tags.
    /// </summary>
    internal static string? SamePolarityTag(MoveAnalysis move)
    {
        var pack = move.Pack;
        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            var sentence = move.Text.Sentences[s];
            // "how much do you-- how many glasses...": a question broken off at its auxiliary is no tag.
            if (move.OpenStructure[s] || move.ClosedStructure[s] || sentence.Terminator == '-'
                || pack.OpenQuestionWords.Contains(tokens[MoveAnalyzer.FirstWord(tokens, sentence, pack)]))
            {
                continue;
            }

            if (EndsWithTag(move, sentence) && !pack.IsNegation(tokens[sentence.End - 2])
                && !CueFilter.HasNegation(tokens, sentence.Start, sentence.End - 2, pack))
            {
                return tokens[sentence.End - 2] + " " + tokens[sentence.End - 1];
            }
        }

        return null;
    }

    /// <summary>
    /// An English statement closed by a question tag: an auxiliary and its subject as the last two words ("..., is it",
    /// "..., isn't it", "..., are they"). "...and you did it", "if I were you": after a pronoun the auxiliary is the
    /// clause's own verb, not a tag; "do it" / "did it" are verb and object.
    /// </summary>
    private static bool EndsWithTag(MoveAnalysis move, Sentence sentence)
    {
        var pack = move.Pack;
        var tokens = move.Text.Tokens;
        if (pack.VerbFirstQuestions || sentence.Length < MinTaggedStatement + 2)
        {
            return false;
        }

        var aux = tokens[sentence.End - 2];
        var subject = tokens[sentence.End - 1];
        return pack.ClosedQuestionStarters.Contains(aux) && !pack.SubjectPronouns.Contains(tokens[sentence.End - 3])
            && (pack.SecondPerson.Contains(subject) || pack.ThirdPersonSubjects.Contains(subject) || pack.FirstPersonPlural.Contains(subject)
                || (pack.SubjectPronouns.Contains(subject) && pack.Copulas.Contains(aux)));
    }

    /// <summary>Words of the trainee's own answer after a rhetorical question ("u do mate", "det gør du").</summary>
    private const int OwnAnswerTokens = 4;

    /// <summary>
    /// "whos the one who decides what happens with the drinking?? u do mate. nobody else": the next sentence answers the
    /// question with "you", so the trainee asked only to say it.
    /// </summary>
    private static bool AnsweredByTrainee(MoveAnalysis move, int sentence)
    {
        if (sentence + 1 >= move.Text.Sentences.Length)
        {
            return false;
        }

        var next = move.Text.Sentences[sentence + 1];
        var tokens = move.Text.Tokens;
        return next.Length <= OwnAnswerTokens && !move.QuestionSentences[sentence + 1]
            && TokenRuns.AnyIn(tokens, next.Start, Math.Min(next.End, next.Start + 2), move.Pack.SecondPerson);
    }

    /// <summary>
    /// "isn't it up to you in the end?", "er det ik i sidste ende dig selv der bestemmer": a yes/no question opened by a
    /// negated auxiliary states what it asks, so the autonomy in it is the trainee's statement (MITI 4.2.1 codes the
    /// function, Emphasizing Autonomy), not a question about the client's choice. So does a statement with a tag
    /// ("du vet best selv hva som passer, eller hva?", "what you decide is yours to work out, isn't it?") and a
    /// question the trainee answers ("...?? u do mate").
    /// </summary>
    internal static bool StatesWhatItAsks(MoveAnalysis move, int sentence)
    {
        var tokens = move.Text.Tokens;
        var s = move.Text.Sentences[sentence];
        if (AnsweredByTrainee(move, sentence) || (s.Length > 2 && MoveAnalyzer.IsTagged(tokens, s, move.Pack)) || EndsWithTag(move, s))
        {
            return true;
        }

        var i = MoveAnalyzer.FirstWord(tokens, s, move.Pack);
        if (!move.ClosedStructure[sentence] || !move.Pack.ClosedQuestionStarters.Contains(tokens[i]))
        {
            return false;
        }

        // The negation follows the auxiliary or its subject: "isn't it", "is it not", "er det ikke".
        return CueFilter.HasNegation(tokens, i, Math.Min(i + 3, s.End), move.Pack);
    }

    /// <summary>True when a question sentence of three words or more asks something (not an echo such as "igen??", nor a "jo" statement with a question mark).</summary>
    internal static bool AsksAtLength(MoveAnalysis move)
    {
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            // "men du klarte jo å være med på hyttetur...?": a statement holding "jo" with a question mark is
            // rhetorical; "er økonomien et tema?" asks.
            // "et par gange?" (four words or fewer, no question word order) echoes the client back; it does not ask.
            if (move.QuestionSentences[s] && move.Text.Sentences[s].Length >= 3
                && (move.OpenStructure[s] || move.ClosedStructure[s]
                    || ((move.Text.Sentences[s].Length > EchoQuestionTokens || !EchoesInSentence(move, s))
                        && !SentenceHasAny(move, s, move.Pack.AssertionParticles))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words a move needs to be read as the view the client asked for, when it also hands the choice back.</summary>
    internal const int AnsweredAdviceTokens = 12;

    /// <summary>Words a statement after a permission question needs to be the view the permission was asked for.</summary>
    private const int MinViewTokens = 6;

    /// <summary>True when sentence <paramref name="sentence"/> holds one of <paramref name="words"/> ("we", "you", ...).</summary>
    internal static bool SentenceHasAny(MoveAnalysis move, int sentence, HashSet<string> words)
    {
        var s = move.Text.Sentences[sentence];
        for (var i = s.Start; i < s.End; i++)
        {
            if (words.Contains(move.Text.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The client's line denies or minimises: a negation or a minimiser ("I never", "jeg bare", "kun i weekenden").</summary>
    internal static bool ClientDenies(MoveAnalysis move)
    {
        if (!move.HasClient)
        {
            return false;
        }

        foreach (var token in move.Client.Tokens)
        {
            if (move.Pack.IsNegation(token) || move.Pack.Minimizers.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words that deny what the client just asserted, or null: a statement that opens (after at most two
    /// openers: "no,", "well", "men") with "it's / that's / det er" and a negation, and names within three words a
    /// word the client used outside a negation ("Feels a bit drastic." -> "It's not drastic. Drastic is ending up in
    /// a hostel."; "it's just a hobby" -> "that's not a hobby anymore"). "it's not just inconvenient" (a minimiser
    /// after the negation) and "det er ikke nemt for dig" after "det er ikke så nemt" reflect.
    /// </summary>
    internal static string? DisputesClientWord(MoveAnalysis move)
    {
        // "does the coke make the hangover worse or is that in my head" -> "it's not in your head, mixing the two...":
        // the client asked, and the denial answers the question rather than disputing a claim.
        if (!move.HasClient || move.ClientAsked)
        {
            return null;
        }

        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            if (move.QuestionSentences[s])
            {
                continue;
            }

            var sentence = move.Text.Sentences[s];
            var i = sentence.Start;
            // "actually it's not shin splints this time": a filler before the denial opens it as an opener does.
            while (i < sentence.End && i - sentence.Start < 2 && (move.Pack.Openers.Contains(tokens[i]) || move.Pack.Contrasts.Contains(tokens[i])
                || move.Pack.IsNegation(tokens[i]) || move.Pack.Fillers.Contains(tokens[i]) || (move.Pack.ClassesOf(tokens[i]) & WordClasses.Backchannel) != 0))
            {
                i++;
            }

            if (ClientWordsDenied(move, i, sentence.End) is var denied and > 0)
            {
                return string.Join(' ', tokens[i..(denied + 1)]);
            }

            var subject = SubjectAt(move, i, sentence.End);
            if (subject == 0)
            {
                subject = EvidenceSubjectAt(move, i, sentence.End);
            }

            if (subject == 0 || i + subject >= sentence.End || !move.Pack.IsNegation(tokens[i + subject]))
            {
                continue;
            }

            var negation = i + subject;
            if (OpensReframe(move, negation, sentence.End))
            {
                continue;
            }

            if (negation + 1 < sentence.End && move.Pack.Minimizers.Contains(tokens[negation + 1]))
            {
                // "it's just damp" -> "det er ikke bare damp", "that's hardly anything" -> "that's not hardly anything":
                // the client's own minimiser, negated, takes its "only" back; a minimiser of the trainee's own ("it's not
                // just inconvenient, it makes you feel trapped") adds to what the client said.
                if (AssertedByClient(move, tokens[negation + 1]))
                {
                    return string.Join(' ', tokens[i..Math.Min(sentence.End, negation + 3)]);
                }

                continue;
            }

            for (var k = negation + 1; k < Math.Min(sentence.End, negation + 4); k++)
            {
                // "your wife doesn't think you're fine" reports a view; it denies nothing itself.
                if (move.Pack.FrameVerbs.Contains(tokens[k]))
                {
                    break;
                }

                if (MoveAnalyzer.IsContentWord(tokens[k], move.Pack) && AssertedByClient(move, tokens[k]))
                {
                    return string.Join(' ', tokens[i..(k + 1)]);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Du synes, det er pinligt, at du ikke tog telefonen...", "Du kan stadig høre ham sige: sid nu ikke og vent på mig",
    /// "so you feel they're ganging up on you": a statement that opens with "you" and, within three words, a verb of
    /// feeling, thinking or hearing reports the client's inner view. "you know where this ends" asserts.
    /// </summary>
    internal static bool OpensWithClientsView(MoveAnalysis move)
    {
        if (move.Text.Sentences.Length == 0 || move.QuestionSentences[0])
        {
            return false;
        }

        var sentence = move.Text.Sentences[0];
        var tokens = move.Text.Tokens;
        var i = sentence.Start;
        while (i < sentence.End - 1 && move.Pack.Openers.Contains(tokens[i]))
        {
            i++;
        }

        // "so you're happy to gamble with a relapse then": the tail makes the view the trainee's sarcasm.
        if (!move.Pack.SecondPerson.Contains(tokens[i]) || move.Pack.SarcasmTails.Contains(tokens[sentence.End - 1]))
        {
            return false;
        }

        for (var k = i + 1; k < Math.Min(sentence.End, i + ViewVerbReach + 1); k++)
        {
            if (move.Pack.FrameVerbs.Contains(tokens[k]))
            {
                return !move.Pack.AssertingFrames.Contains(tokens[k]);
            }

            // "you can't stand seeing your mum count the money" names the client's feeling; "you're just scared of
            // trying" (a minimiser before it) belittles it.
            if (IsFeelingAt(move, k))
            {
                return true;
            }

            if (move.Pack.Minimizers.Contains(tokens[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How far after "you" the verb of an inner view may come ("du kan stadig høre").</summary>
    private const int ViewVerbReach = 3;

    /// <summary>
    /// "det er ikke fordi børnene ikke betyder noget for dig, det er mere at...", "it's not that you don't care, it's
    /// that...": the negation denies a reason the trainee then replaces, a reframe of the client's view, not a denial of
    /// its words. "it's not that hard" ("that" before no subject) still denies.
    /// </summary>
    private static bool OpensReframe(MoveAnalysis move, int negation, int end)
    {
        var tokens = move.Text.Tokens;
        if (negation + 2 >= end || !move.Pack.ReframeWords.Contains(tokens[negation + 1]))
        {
            return false;
        }

        var next = tokens[negation + 2];
        return move.Pack.SubjectPronouns.Contains(next) || move.Pack.SecondPerson.Contains(next) || move.Pack.Determiners.Contains(next)
            || AssertedByClient(move, next);
    }

    /// <summary>
    /// The words of a question that is not open and holds a doubt word in its first five words, or null: "do you really think your doctor would
    /// prescribe them if you didn't need them?", "is a birthday party really more important than your health?",
    /// "tror du virkelig at babyen ikke merker noe?". Open questions ("what do you really want?") and bare
    /// "really?" (three words or fewer, which can be surprise) are left alone.
    /// </summary>
    internal static string? DoubtingQuestion(MoveAnalysis move)
    {
        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            var sentence = move.Text.Sentences[s];
            if (sentence.Terminator != '?' || move.OpenStructure[s] || sentence.Length <= DoubtlessQuestionTokens)
            {
                continue;
            }

            if (DoubtNear(move, sentence.Start, sentence.End) is { } doubt)
            {
                return doubt;
            }

            if (ChallengeOpener(move, sentence) is { } challenge)
            {
                return challenge;
            }

            // "hvis du skal være helt ærlig over for dig selv, er det så virkelig kun til fester?": after an "if" or
            // "when" clause the question's verb and subject come after the comma. Any clause was tried: AnnoMI's
            // reflective tails ("..., is that really...") cost the sessions AUC 0.002.
            if (s == move.Text.Sentences.Length - 1 && move.Pack.Subordinators.Contains(tokens[sentence.Start]))
            {
                foreach (var start in move.Text.ClauseStarts)
                {
                    if (start > sentence.Start && start < sentence.End && !move.Pack.OpenQuestionWords.Contains(tokens[start])
                        && DoubtNear(move, start, sentence.End) is { } clauseDoubt)
                    {
                        return clauseDoubt;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "and you think that's funny?", "and you're fine with that?", "og du synes det er greit?": a yes/no question that adds
    /// the client's view to what the trainee just set out holds it up to doubt, or null. "so you think...?" checks a
    /// reflection and is left alone.
    /// </summary>
    private static string? ChallengeOpener(MoveAnalysis move, Sentence sentence)
    {
        // "Right, and you'd trust a random website over your midwife?": openers may come before it.
        var tokens = move.Text.Tokens;
        for (var start = sentence.Start; start < sentence.End - 1; start++)
        {
            foreach (var opener in move.Pack.ChallengeOpeners)
            {
                if (TokenRuns.At(tokens, start, sentence.End - 1, opener))
                {
                    return string.Join(' ', opener);
                }
            }

            if (!move.Pack.Openers.Contains(tokens[start]))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// A doubt word near the verb and its subject ("do you really", "is a birthday party really"), or null: later in the
    /// question it intensifies ("so that positive self-talk could really go a long way for you?").
    /// </summary>
    private static string? DoubtNear(MoveAnalysis move, int start, int end)
    {
        var tokens = move.Text.Tokens;

        // "has he ever actually gone a month without a drink?", "has your wife ever actually said...?": doubting someone the
        // client speaks about asks the client a fact.
        var subject = start + 1 < end && move.Pack.Determiners.Contains(tokens[start + 1]) ? start + 2 : start + 1;
        if (subject < end && move.Pack.ThirdPersonSubjects.Contains(tokens[subject]))
        {
            return null;
        }

        for (var i = start; i < Math.Min(end, start + DoubtWordReach); i++)
        {
            // "is that a really good idea?": after a determiner it intensifies the adjective that follows.
            if (move.Pack.DoubtWords.Contains(tokens[i]) && (i == start || !IsArticle(move, tokens[i - 1])))
            {
                return string.Join(' ', tokens[start..Math.Min(end, i + 3)]);
            }
        }

        return null;
    }

    /// <summary>"a", "en", "din": a determiner that is no subject ("you", "det" are subjects that a doubt word follows).</summary>
    private static bool IsArticle(MoveAnalysis move, string word) =>
        move.Pack.Determiners.Contains(word) && !move.Pack.SubjectPronouns.Contains(word) && !move.Pack.SecondPerson.Contains(word);

    /// <summary>"oh really?", "seriously though?": so short a question can be surprise rather than doubt.</summary>
    private const int DoubtlessQuestionTokens = 3;

    /// <summary>How far into a yes/no question a doubt word still questions the client rather than intensifying a word.</summary>
    private const int DoubtWordReach = 5;

    /// <summary>
    /// The words of a statement that repeats the client's own word around "still" ("Five a day is still five a day
    /// your baby breathes in", "fem om dagen er stadig fem om dagen"), or null: the client's "only" is answered with
    /// its own words, a dispute (MITI 4.2.1 Confront).
    /// </summary>
    internal static string? RestatesAgainstClient(MoveAnalysis move)
    {
        if (!move.HasClient)
        {
            return null;
        }

        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            var sentence = move.Text.Sentences[s];
            for (var k = sentence.Start + 1; k < sentence.End - 1; k++)
            {
                if (!move.Pack.StillWords.Contains(tokens[k]))
                {
                    continue;
                }

                // The word right after "still" opened the sentence's subject and was the client's.
                var word = tokens[k + 1];
                for (var i = sentence.Start; i < k - 1; i++)
                {
                    // Short number words count too ("ti om dagen er fortsatt ti om dagen").
                    if (tokens[i] == word && !move.Pack.Stopwords.Contains(word) && char.IsLetterOrDigit(word[0])
                        && Array.IndexOf(move.Client.Tokens, word) >= 0)
                    {
                        return string.Join(' ', tokens[i..(k + 2)]);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The length of a short noun phrase with "your/dine" before a negation ("your liver results last month weren't",
    /// "leverprøvene dine var ikke"), or 0: evidence about the client set against its word. "you don't", a frame verb or
    /// a feeling in it ("your wife doesn't think", "your worry isn't") make it a reflection instead.
    /// </summary>
    private static int EvidenceSubjectAt(MoveAnalysis move, int i, int end)
    {
        var tokens = move.Text.Tokens;
        var possessive = false;
        for (var k = i; k < Math.Min(end, i + MaxEvidenceSubject + 1); k++)
        {
            var token = tokens[k];
            if (move.Pack.IsNegation(token))
            {
                return possessive && k > i ? k - i : 0;
            }

            if (move.Pack.Possessives.Contains(token))
            {
                possessive = true;
            }
            else if (move.Pack.SubjectPronouns.Contains(token) || move.Pack.FrameVerbs.Contains(token) || IsFeelingAt(move, k))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// "I just have really bad luck with it" -> "Bad luck doesn't max out three credit cards", "uflaks tømmer ikke tre
    /// kort": the client's own words, bare, as the subject of a negated verb deny what the client offered as the cause.
    /// The index of the negation, or 0. Not when the client negated them too ("the pills don't help" handed back).
    /// </summary>
    private static int ClientWordsDenied(MoveAnalysis move, int i, int end)
    {
        // An answer to the client's question informs ("snus gir ikke lungekreft..."); a sentence about "you" reflects the
        // client's attitude ("sykehus er ikke noe for deg", "smoking doesn't really bother you").
        if (move.ClientAsked || TokenRuns.AnyIn(move.Text.Tokens, i, end, move.Pack.SecondPerson))
        {
            return 0;
        }

        var tokens = move.Text.Tokens;
        var k = i;
        while (k < end && k - i < MaxClientWordsSubject && MoveAnalyzer.IsContentWord(tokens[k], move.Pack)
            && !move.Pack.IsNegation(tokens[k]) && ClientSaidPlainly(move, tokens[k]))
        {
            k++;
        }

        if (k == i || k >= end - 1)
        {
            return 0;
        }

        // English negates the auxiliary ("doesn't"); nb/da put "ikke" after the verb ("tømmer ikke"). "ikke bare" (a
        // minimiser after it) adds to the client's words rather than denying them.
        var negation = move.Pack.IsNegation(tokens[k]) ? k
            : move.Pack.VerbFirstQuestions && move.Pack.IsNegation(tokens[k + 1]) && !move.Pack.SubjectPronouns.Contains(tokens[k]) ? k + 1 : 0;
        if (negation == 0 || negation + 1 >= end || move.Pack.Minimizers.Contains(tokens[negation + 1]))
        {
            return 0;
        }

        // "two jobs doesn't leave much time for cooking" after "I don't have time to cook": the rest hands the client's
        // words back, agreeing; a denial goes on in the trainee's own words ("...max out three credit cards").
        for (var r = negation + 1; r < end; r++)
        {
            if (MoveAnalyzer.IsContentWord(tokens[r], move.Pack) && Array.IndexOf(move.Client.Tokens, tokens[r]) >= 0)
            {
                return 0;
            }
        }

        return negation;
    }

    /// <summary>The client used <paramref name="word"/> with no negation within three words on either side ("my smoking's not a problem" negates it).</summary>
    private static bool ClientSaidPlainly(MoveAnalysis move, string word)
    {
        var client = move.Client.Tokens;
        var said = false;
        for (var j = 0; j < client.Length; j++)
        {
            if (SameWord(client[j], word))
            {
                if (CueFilter.HasNegation(client, Math.Max(0, j - 3), Math.Min(client.Length, j + 4), move.Pack))
                {
                    return false;
                }

                said = true;
            }
        }

        return said;
    }

    /// <summary>How many of the client's words a denied subject may hold ("bad luck").</summary>
    private const int MaxClientWordsSubject = 2;

    /// <summary>How many words an evidence subject may hold before its negation ("your liver results last month weren't").</summary>
    private const int MaxEvidenceSubject = 5;

    private static int SubjectAt(MoveAnalysis move, int i, int end)
    {
        foreach (var subject in move.Pack.DisputeSubjects)
        {
            if (TokenRuns.At(move.Text.Tokens, i, end, subject))
            {
                return subject.Length;
            }
        }

        return 0;
    }

    /// <summary>The same word or a form of it: one of four letters or more begins the other ("drink", "drinking").</summary>
    private static bool SameWord(string token, string word) =>
        token == word || (Math.Min(token.Length, word.Length) >= 4
            && (token.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(token, StringComparison.Ordinal)));

    /// <summary>The client used <paramref name="word"/> (or a form of it) with no negation in the three words before it.</summary>
    private static bool AssertedByClient(MoveAnalysis move, string word)
    {
        var client = move.Client.Tokens;
        for (var j = 0; j < client.Length; j++)
        {
            if (SameWord(client[j], word) && !CueFilter.HasNegation(client, Math.Max(0, j - 3), j, move.Pack))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words that label the client, or null: "you"/"du" and, within five words with no negation, a label word
    /// ("I hear you, it's just that you're a little bit hooked", "så er du nok en lille smule spilafhængig, ikk?").
    /// Not in a question that opens as one ("do you think you're addicted?" asks), not after a frame verb
    /// or a feeling word ("you're worried people think you're an alcoholic"; the trainee's own "I think you're..." counts),
    /// not a label the client gave itself ("I'm hooked" -> "you're hooked").
    /// </summary>
    internal static string? LabelsClient(MoveAnalysis move)
    {
        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            if (move.QuestionSentences[s] && (move.OpenStructure[s] || move.ClosedStructure[s]))
            {
                continue;
            }

            var sentence = move.Text.Sentences[s];
            var framed = false;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                var token = tokens[i];
                if ((move.Pack.FrameVerbs.Contains(token) && !NextToSpeaker(move, i, sentence)) || IsFeelingAt(move, i))
                {
                    framed = true;
                }

                if (framed || !move.Pack.SecondPerson.Contains(token))
                {
                    continue;
                }

                for (var k = i + 1; k < Math.Min(sentence.End, i + LabelReach); k++)
                {
                    if (move.Pack.IsNegation(tokens[k]) || move.Pack.FrameVerbs.Contains(tokens[k]) || IsFeelingAt(move, k))
                    {
                        break;
                    }

                    if (IsLabel(tokens[k], move.Pack) && !AssertedByClient(move, tokens[k])
                        && !(k + 1 < sentence.End && move.Pack.LabelParticles.Contains(tokens[k + 1])))
                    {
                        return string.Join(' ', tokens[i..(k + 1)]);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>How far after "you" a label may stand ("you're a little bit hooked").</summary>
    private const int LabelReach = 6;

    private static bool IsLabel(string token, LanguagePack pack)
    {
        foreach (var label in pack.LabelWords)
        {
            if (label.EndsWith('*') ? token.StartsWith(label[..^1], StringComparison.Ordinal) : token == label)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "It's your choice obviously, but you really need to take this bed": a "but" between the freedom and an
    /// obligation ("need to", "må", "skal") takes the freedom back; the order is the point (MITI 4.2.1: lip service
    /// to autonomy is not permission). "you may or may not agree, but I'd suggest..." (a suggestion after the "but")
    /// and "you could try patches, but it's up to you" (freedom last) stand.
    /// </summary>
    internal static bool ContrastBetween(MoveAnalysis move, CueHit freedom, CueHit push)
    {
        var obliges = false;
        foreach (var word in push.Phrase.Tokens)
        {
            obliges |= move.Pack.ObligationModals.Contains(word);
        }

        if (!obliges)
        {
            return false;
        }

        for (var i = freedom.TokenIndex + freedom.Phrase.Tokens.Length; i < push.TokenIndex; i++)
        {
            if (move.Pack.Contrasts.Contains(move.Text.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"du er litt bekymret for at du har blitt avhengig": a feeling word frames what follows as the client's worry.</summary>
    internal static bool IsFeelingAt(MoveAnalysis move, int token)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == CueCategory.Feeling && hit.TokenIndex == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the client's line holds the same cue phrase (its cues are scanned once, with the same lexicon).</summary>
    private static bool ClientUsed(MoveAnalysis move, CuePhrase phrase)
    {
        foreach (var hit in move.ClientHits)
        {
            if (ReferenceEquals(hit.Phrase, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I think", "tror jeg": the frame verb gives the trainee's own view.</summary>
    private static bool NextToSpeaker(MoveAnalysis move, int verb, Sentence sentence) =>
        (verb > sentence.Start && move.Pack.Speakers.Contains(move.Text.Tokens[verb - 1]))
        || (verb + 1 < sentence.End && move.Pack.Speakers.Contains(move.Text.Tokens[verb + 1]));

    /// <summary>A past-evidence phrase in a statement that speaks of the client ("you", "du").</summary>
    internal static CueHit? EvidenceAboutClient(MoveAnalysis move)
    {
        foreach (var hit in move.Hits)
        {
            // "I heard you say earlier that..." reports the client's words: a reflection, not evidence against them.
            if (hit.Category == CueCategory.PastEvidence && !move.QuestionSentences[hit.SentenceIndex]
                && SentenceHasAny(move, hit.SentenceIndex, move.Pack.SecondPerson) && !CueFilter.InReflectiveFrame(move, hit))
            {
                return hit;
            }
        }

        return ThirdPartyReport(move);
    }

    /// <summary>A short reflection (four content words at most) naming a feeling after the client voiced one ("furious" -> "really angry").</summary>
    internal static bool VoicesClientsFeeling(MoveAnalysis move) =>
        move.ClientHas(CueCategory.Feeling) && move.Has(CueCategory.Feeling) && move.ContentWords <= VoicedFeelingWords;

    private const int VoicedFeelingWords = 4;

    /// <summary>A move of four content words or more, under a quarter of them the client's: it brings new content.</summary>
    internal static bool BringsNewContent(MoveAnalysis move) =>
        move.ContentWords >= NewContentWords && move.OverlapRatio < NewContentOverlap && move.HasClient;

    private const int NewContentWords = 4;

    private const double NewContentOverlap = 0.25;

    /// <summary>
    /// "your line manager said you came back from lunch slurring", "kona di sier at du...": someone the client speaks of
    /// reporting on the client, in a statement, or null. Set against the client's denial it disputes it.
    /// </summary>
    private static CueHit? ThirdPartyReport(MoveAnalysis move)
    {
        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            var sentence = move.Text.Sentences[s];
            if (move.QuestionSentences[s])
            {
                continue;
            }

            for (var i = sentence.Start + 1; i < sentence.End - 1; i++)
            {
                // "lægen siger du skal tabe dig" after "lægen siger jeg skal...": the client's own report handed back.
                if (!move.Pack.ReportVerbs.Contains(tokens[i]) || !move.Pack.ThirdPersonSubjects.Contains(tokens[i - 1])
                    || Array.IndexOf(move.Client.Tokens, tokens[i - 1]) >= 0)
                {
                    continue;
                }

                // "said you", "sa at du": the client is the subject of what is reported ("han forteller deg" tells the client),
                // at most one word ("that", "at") after the verb.
                var about = IsClientSubject(move, tokens[i + 1]) ? i + 1
                    : i + 2 < sentence.End && IsClientSubject(move, tokens[i + 2]) ? i + 2 : -1;
                if (about > 0)
                {
                    return CueHit.Spanning(tokens, i - 1, about + 1, CueCategory.PastEvidence, s);
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="hit"/> lies inside a phrase of the trainee's own candour ("to be honest", "ærlig talt").</summary>
    internal static bool InCandourPhrase(MoveAnalysis move, CueHit hit)
    {
        var end = move.Text.Sentences[hit.SentenceIndex].End;
        foreach (var phrase in move.Pack.CandourPhrases)
        {
            for (var start = hit.TokenIndex - phrase.Length + hit.Phrase.Tokens.Length; start <= hit.TokenIndex; start++)
            {
                if (TokenRuns.At(move.Text.Tokens, start, end, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"you", "du": the client as a subject ("deg", "dig" are objects).</summary>
    private static bool IsClientSubject(MoveAnalysis move, string word) =>
        move.Pack.SecondPerson.Contains(word) && move.Pack.SubjectPronouns.Contains(word);

    /// <summary>
    /// "let's get you started on the patch", "lets just keep you here till day 3", "la oss få deg inn": a first person
    /// plural imperative whose verb takes the client as its object is a plan made for the client, or null. "let's look at
    /// what you want" (a question word between) and "let's talk about your week" (a possessive) stay shared work.
    /// </summary>
    internal static CueHit? PlanForClient(MoveAnalysis move)
    {
        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            var sentence = move.Text.Sentences[s];
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                foreach (var letUs in move.Pack.LetUs)
                {
                    if (!TokenRuns.At(tokens, i, sentence.End, letUs))
                    {
                        continue;
                    }

                    var verb = i + letUs.Length;
                    while (verb < sentence.End && move.Pack.Fillers.Contains(tokens[verb]))
                    {
                        verb++;
                    }

                    var target = verb + 1;
                    if (target < sentence.End && move.Pack.ObjectPronouns.Contains(tokens[target]) && !move.Pack.SecondPerson.Contains(tokens[verb]))
                    {
                        return CueHit.Spanning(tokens, i, target + 1, CueCategory.Suggestion, s);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "ok så hvis jeg har skjønt deg rett: du gamer mye..., og du må...": in a move that opens as a summary
    /// the modals are the client's, handed back (MITI: a summary is a reflection). So in one that opens with both
    /// sides ("on the one hand you're worried..., on the other it's the one thing that really helps you switch off").
    /// </summary>
    internal static bool AfterSummaryOpening(MoveAnalysis move, CueHit hit)
    {
        foreach (var other in move.Hits)
        {
            var opens = other.Category == CueCategory.Summary ? other.TokenIndex <= SummaryOpeningTokens
                : other.Category == CueCategory.DoubleSided && other.TokenIndex <= 1;
            if (opens && other.SentenceIndex == 0 && other.TokenIndex < hit.TokenIndex)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far into the move a summary phrase may start and still open it ("ok så hvis jeg har skjønt deg rett").</summary>
    private const int SummaryOpeningTokens = 6;

    /// <summary>"men du ved jo selv bedst", "men det er jo op til dig": a reproach opener that the autonomy phrase in or right after it turns round.</summary>
    internal static bool Overlaps(MoveAnalysis move, CueHit hit, CueCategory category)
    {
        var end = hit.TokenIndex + hit.Phrase.Tokens.Length;
        foreach (var other in move.Hits)
        {
            if (other.Category == category && other.TokenIndex >= hit.TokenIndex && other.TokenIndex <= end)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool MentionsClient(MoveAnalysis move)
    {
        foreach (var token in move.Text.Tokens)
        {
            if (move.Pack.SecondPerson.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when every cue behind <paramref name="code"/> follows, in its sentence, a phrase that weighs both sides in so many
    /// words ("on the one hand you're finally seeing the gains you've worked for, and on the other...", "på
    /// den ene siden"; a phrase of three words or more). An affirmation in a sentence of its own after a
    /// double-sided one ("...part of you wanted to stay home. That shows how seriously you're taking this.")
    /// stays an affirmation.
    /// </summary>
    internal static bool InsideDoubleSide(MoveAnalysis move, MitiCode code)
    {
        var category = code switch
        {
            MitiCode.Affirm => CueCategory.Affirm,
            MitiCode.EmphasizingAutonomy => CueCategory.Autonomy,
            _ => CueCategory.Collaboration,
        };
        var found = false;
        foreach (var hit in move.Hits)
        {
            if (hit.Category != category)
            {
                continue;
            }

            if (!DoubleSidedBefore(move, hit))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>A spelled-out double side opening the sentence before <paramref name="cue"/> ("it took guts... when part of you" praises).</summary>
    internal static bool DoubleSidedBefore(MoveAnalysis move, CueHit cue)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == CueCategory.DoubleSided && hit.Phrase.Tokens.Length >= 3 && hit.SentenceIndex == cue.SentenceIndex
                && hit.TokenIndex < cue.TokenIndex && !move.QuestionSentences[cue.SentenceIndex])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when sentence <paramref name="sentence"/> repeats a content word of the client's line.</summary>
    internal static bool EchoesInSentence(MoveAnalysis move, int sentence)
    {
        var s = move.Text.Sentences[sentence];
        for (var i = s.Start; i < s.End; i++)
        {
            if (move.EchoedWords.Contains(move.Text.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The client's consent ("ja gjerne", "go on then") when the client's whole line is a short yes without a
    /// negation and the trainee answers with statements that echo at most one client word, or null.
    /// </summary>
    public static string? AnswersConsent(MoveAnalysis move)
    {
        var client = move.Client.Tokens;
        return !move.HasClient || client.Length > MaxConsentWords || move.AnyQuestion || move.EchoedWords.Count > 1
            || move.ClientFirst(CueCategory.Consent) is not { } consent || CueFilter.HasNegation(client, 0, client.Length, move.Pack)
            ? null
            : consent.Phrase.Text;
    }

    /// <summary>
    /// The client's yes when the client's line opens with one (within its first three words, no negation up to the end
    /// of its sentence): "Ja, si gjerne hva du tenker. Jeg har gått ned tre kilo..." gives permission however long it goes on.
    /// </summary>
    public static string? ClientOpensWithYes(MoveAnalysis move)
    {
        // "Fine. Say your piece.": a short first sentence before the yes still opens the line with it.
        if (!move.HasClient || move.ClientFirst(CueCategory.Consent) is not { } consent || consent.TokenIndex > 2)
        {
            return null;
        }

        var said = move.Client.Sentences[consent.SentenceIndex];
        return CueFilter.HasNegation(move.Client.Tokens, 0, said.End, move.Pack) ? null : consent.Phrase.Text;
    }

    /// <summary>"sure, tell me what the questionnaire said" is still a yes; a longer line says something of its own.</summary>
    private const int MaxConsentWords = 7;

    /// <summary>A fact on the client's topic reuses a word or two of the client's ("sleep" after "a nightcap helps me sleep").</summary>
    private const int MaxFactEchoes = 2;

    /// <summary>
    /// The first number of a statement (no question) that the client's line does not hold, in a move with no
    /// reflection stem, feeling or summary cue and at most one echoed client word, or null: "your GGT is 180,
    /// normal is under 60" reports results, "so you've gone from 20 a day to 10" (a stem) hands back.
    /// </summary>
    public static string? ReportsNumbers(MoveAnalysis move)
    {
        if (move.AnyQuestion || move.EchoedWords.Count > 1 || move.Has(CueCategory.Feeling)
            || move.Has(CueCategory.Summary) || move.Has(CueCategory.DoubleSided))
        {
            return null;
        }

        foreach (var hit in move.Hits)
        {
            // A stem that opens a sentence ("so you've...") hands the client's words back; "målet for dig er under
            // 140/90" only names whose target it is, and a bare "du" ("du fik 14 point på AUDIT") opens feedback too.
            if (hit.Category == CueCategory.ReflectionStem && hit.Phrase.Tokens.Length > 1
                && hit.TokenIndex <= move.Text.Sentences[hit.SentenceIndex].Start + 1)
            {
                return null;
            }
        }

        foreach (var token in move.Text.Tokens)
        {
            if (char.IsDigit(token[0]) && Array.IndexOf(move.Client.Tokens, token) < 0)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>
    /// The information cue of a statement (no question) with no second-person word at all and at most two echoed
    /// client words ("alcohol actually disrupts deep sleep in the second half of the night" after "a nightcap helps
    /// me sleep": a fact on the client's topic reuses its words), or null.
    /// </summary>
    public static CueHit? ImpersonalFact(MoveAnalysis move)
    {
        if (move.AnyQuestion || move.EchoedWords.Count > MaxFactEchoes || NewInformation(move) is not { } information)
        {
            return null;
        }

        foreach (var token in move.Text.Tokens)
        {
            if (move.Pack.SecondPerson.Contains(token))
            {
                return null;
            }
        }

        // "so it's usually 1am before the phone goes down": a move that opens like a reflection and hands a client word
        // back is about the client even without "you".
        return move.EchoedWords.Count > 0 && HasAnchoredReflection(move, 0) ? null : information;
    }

    /// <summary>
    /// A statement sentence (only sentence <paramref name="sentence"/> when it is given) that opens like a reflection
    /// ("So you...", "It sounds like...").
    /// </summary>
    internal static bool HasAnchoredReflection(MoveAnalysis move, int sentence = -1)
    {
        foreach (var h in move.Hits)
        {
            if (h.Category == CueCategory.ReflectionStem && h.Phrase.SentenceStart && h.Phrase.Tokens.Length > 1
                && !move.QuestionSentences[h.SentenceIndex] && (sentence < 0 || h.SentenceIndex == sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first information cue the client did not say itself, or null: "so about 10 a day since xmas" after "about
    /// ten a day since Christmas", "fem seks timer om dagen" after "en fem seks timer om dagen" hand the client's words back.
    /// A single word the client used ("blodtryk") still informs: facts share the client's topic.
    /// </summary>
    public static CueHit? NewInformation(MoveAnalysis move)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == CueCategory.Information && (hit.Phrase.Tokens.Length == 1 || !ClientUsed(move, hit.Phrase)))
            {
                return hit;
            }
        }

        return null;
    }
}
