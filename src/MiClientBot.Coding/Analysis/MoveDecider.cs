using System.Runtime.InteropServices;
using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Features;
using MiClientBot.Coding.Model;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Analysis;

/// <summary>
/// Combines the lexical rules and the statistical part. Strong cues (confrontation, directives,
/// autonomy, permission, collaboration, affirmation) decide the fine MITI code; the four-way
/// question / reflection / information / other decision comes from the English model, or for nb
/// and da from structural rules backed by the language-neutral model. Where no strong cue decided,
/// the language's chat-move head, trained on typed moves, reads the MITI code within that form.
/// </summary>
internal sealed class MoveDecider(CoderModel? model, IReadOnlyDictionary<Language, CoderModel>? moveModels)
{
    private const int MaxCues = 6;

    /// <summary>The largest head the probabilities fit on the stack for (the model file allows 16 classes).</summary>
    private const int StackClasses = 16;

    /// <summary>A thread's feature buffer: the features never leave <see cref="Decide"/>, so one list per thread serves every move.</summary>
    [ThreadStatic]
    private static List<uint>? t_features;

    /// <summary>A thread's buffer for the chat-move head's features (nb/da moves need the lexical set the AnnoMI heads do not read).</summary>
    [ThreadStatic]
    private static List<uint>? t_moveFeatures;

    /// <summary>A thread's cue buffer; the result gets its own array.</summary>
    [ThreadStatic]
    private static List<string>? t_cues;

    public CodingResult Decide(MoveAnalysis move, bool english)
    {
        var cues = t_cues ??= new List<string>(MaxCues * 2);
        cues.Clear();
        var set = english ? FeatureSet.Lexical : FeatureSet.Transfer;
        var behaviourHead = model?.Head(set, ModelTask.Behaviour);
        List<uint>? features = null;
        var neutralFeatures = 0;
        if (behaviourHead is not null)
        {
            features = t_features ??= new List<uint>(128);
            features.Clear();
            neutralFeatures = FeatureExtractor.Extract(move, set, features);
        }

        // Empty when there is no model.
        var classes = behaviourHead?.Classes ?? 0;
        Span<double> buffer = stackalloc double[StackClasses * 2];
        var probabilities = classes <= StackClasses ? buffer[..classes] : new double[classes];
        if (behaviourHead is not null && features is not null)
        {
            behaviourHead.Predict(CollectionsMarshal.AsSpan(features), probabilities);
        }

        if (english && !probabilities.IsEmpty && model?.Head(FeatureSet.Transfer, ModelTask.Behaviour) is { } neutral)
        {
            // The neutral features open the lexical list (see FeatureExtractor.Extract).
            var q = neutral.Classes <= StackClasses ? buffer.Slice(StackClasses, neutral.Classes) : new double[neutral.Classes];
            neutral.Predict(CollectionsMarshal.AsSpan(features)[..neutralFeatures], q);
            for (var c = 0; c < q.Length; c++)
            {
                probabilities[c] = ((1 - Blend) * probabilities[c]) + (Blend * q[c]);
            }
        }

        var (behaviour, behaviourConfidence) = english && !probabilities.IsEmpty
            ? ModelBehaviour(move, probabilities)
            : RuleBehaviour(move, probabilities);
        if (!english || probabilities.IsEmpty || behaviourConfidence < TrustModelAbove)
        {
            // The shared rules step in where the model is unsure (and always for nb/da).
            behaviour = Adjust(move, behaviour);
        }

        // A summary or reflection that ends in "have I got that right?" is one reflection: the check
        // invites correction, it asks for no new information (MITI 4.2.1 codes the volley by its
        // reflection, and a summary is a complex reflection).
        var checkedReflection = CheckQuestionHit(move);
        if (checkedReflection is not null)
        {
            behaviour = Behaviour.Reflection;
            behaviourConfidence = Math.Max(behaviourConfidence, 0.75);
        }

        // The volley's form (AnnoMI's behaviour) stays what the form gave: AnnoMI's experts code the turns the
        // typed-chat information rules read by their form (CV macro-F1 0.738 -> 0.737 when the form moved too).
        var form = behaviour;
        if (behaviour == Behaviour.Reflection && checkedReflection is null && InformsInChat(move) is { } informs)
        {
            behaviour = Behaviour.Input;
            cues.Add(informs);
        }

        var cuesBeforeFine = cues.Count;
        var fine = FineCode(move, behaviour, cues, out var fineConfidence);
        if (fine is MitiCode.Affirm or MitiCode.EmphasizingAutonomy or MitiCode.SeekingCollaboration
            && (checkedReflection is not null || MoveFacts.InsideDoubleSide(move, fine.Value)))
        {
            // "...and you're proud of that but worried about your mates. have I got that right?" sums up, and "on
            // the one hand you're finally seeing the gains you've worked for, and on the other..." weighs both
            // sides: one complex reflection; only persuading or confronting overrides it.
            fine = null;
            cues.RemoveRange(cuesBeforeFine, cues.Count - cuesBeforeFine);
        }

        var questionCode = QuestionCode(move, english, features, out var questionConfidence);
        var reflectionCode = ReflectionCode(move, english, features, out var reflectionConfidence, out var reflectionReasons);
        if (checkedReflection is { } check)
        {
            reflectionCode = MitiCode.ReflectionComplex;
            reflectionConfidence = 0.8;
            reflectionReasons = new ReflectionReasons(reflectionReasons.Stem, check, null);
        }

        MitiCode main;
        double confidence;
        if (fine is { } code)
        {
            main = code;
            confidence = fineConfidence;
        }
        else
        {
            (main, confidence) = behaviour switch
            {
                Behaviour.Question => (questionCode, behaviourConfidence * questionConfidence),
                Behaviour.Reflection => (reflectionCode, behaviourConfidence * reflectionConfidence),
                Behaviour.Input => (MitiCode.GivingInformation, behaviourConfidence),
                _ => (MitiCode.Other, behaviourConfidence),
            };
        }

        // AnnoMI annotates the volley's form; that decision stays with the AnnoMI heads and the rules (see
        // MitiCodes.ToAnnoMiBehaviour). Where no strong cue decided the MITI code, it came from the form
        // alone, and there the head trained on typed chat moves reads it: its features hold every cue the
        // rules found, weighed as trainers coded real typed moves (confrontations without a keyword,
        // advice in reflection form). It reads intent and subtype, not form: a strong cue keeps its code
        // unless the head, very sure, reads another intent (OverruleCueAbove),
        // a question stays a question and a reflection a reflection or a push (the head may tell open from
        // closed, simple from complex, information from structuring), so the client's reaction stays tied
        // to what was said.
        var (formReflection, formQuestion) = (reflectionCode, questionCode);
        if (MoveModelCode(move, english ? features : null) is { } read
            && read.Code != main
            // A summary closed by a check question is a complex reflection (the issue-20 rule): the head may read a push in it, not a simpler form.
            && !(checkedReflection is not null && read.Code.IsReflection())
            // Open or closed is the question's form: where its words decide it ("kan du fortelle...", "hvor lang tid"),
            // the head does not turn one into the other.
            && !(main.IsQuestion() && read.Code.IsQuestion() && TypedByForm(move))
            && (fine is null
                ? read.Probability >= HeadNeeds(move, main, read.Code, probabilities) && SameFormOrIntent(main, read.Code)
                : read.Probability >= OverruleCueAbove && FormOf(read.Code) is null))
        {
            if (fine is not null)
            {
                // The cues argued for the intent the head overruled.
                cues.RemoveRange(cuesBeforeFine, cues.Count - cuesBeforeFine);
            }

            main = read.Code;
            confidence = read.Probability;
            behaviour = FormOf(main) ?? behaviour;
            if (main.IsQuestion())
            {
                questionCode = main;
            }
            else if (main.IsReflection())
            {
                reflectionCode = main;
            }

            cues.Add(CueText.MoveModel(main, read.Probability));
        }

        // Volley codes: the main code first, then the code of the volley's dominant form (the
        // four-way decision), then any other question or reflection part. The order lets
        // MitiCodes.ToAnnoMiBehaviour read the form behind an affirmation or collaboration.
        var codes = new List<MitiCode>(3) { main };
        var hasQuestion = (move.AnyQuestion || behaviour == Behaviour.Question) && checkedReflection is null;

        // One behaviour among persuade/confront and reflection: MITI codes a confronting or
        // persuading "reflection" by what it does, so no reflection is counted beside it.
        var pushes = main is MitiCode.Confront or MitiCode.Persuade or MitiCode.PersuadeWithPermission;
        var reflects = !pushes
            && (behaviour == Behaviour.Reflection || (english ? MoveFacts.HasAnchoredReflection(move) : HasReflectionStatement(move)));
        if (behaviour == Behaviour.Reflection && !main.IsReflection() && !pushes)
        {
            codes.Add(reflectionCode);
        }

        if (hasQuestion && !main.IsQuestion())
        {
            codes.Add(questionCode);
        }

        if (reflects && !codes.Exists(c => c.IsReflection()))
        {
            codes.Add(reflectionCode);
        }

        if (main.IsQuestion() || hasQuestion)
        {
            AddQuestionCue(move, cues);
        }

        if (main.IsReflection() || codes.Contains(reflectionCode))
        {
            reflectionReasons.AddTo(move, cues);
        }

        if (main is MitiCode.GivingInformation && move.First(CueCategory.Information) is { } info)
        {
            cues.Add(CueText.For(info));
        }

        if (main is MitiCode.Other)
        {
            var ritual = move.First(CueCategory.Greeting) ?? move.First(CueCategory.Apology) ?? move.First(CueCategory.Acknowledgement);
            if (ritual is { } r)
            {
                cues.Add(CueText.For(r));
            }
        }

        string? modelBehaviour = null;
        if (!probabilities.IsEmpty)
        {
            var best = IndexOfMax(probabilities);
            modelBehaviour = ModelLabels.Behaviour[best];
            cues.Add(CueText.Model(best, probabilities[best]));
        }

        return new CodingResult(main, codes, Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2), DistinctCues(cues))
        {
            ReflectionSubtype = formReflection,
            QuestionSubtype = formQuestion,
            ModelBehaviour = modelBehaviour,
            Form = form switch
            {
                Behaviour.Question => "question",
                Behaviour.Reflection => "reflection",
                Behaviour.Input => "therapist_input",
                _ => "other",
            },
        };
    }

    /// <summary>
    /// The head's probability a push needs where the form model is sure of a reflection (see <see cref="HeadNeeds"/>).
    /// </summary>
    private const double PushOverSureReflectionAbove = 0.65;

    /// <summary>
    /// The head's probability a push needs over a statement that opens with the client's view ("Du synes, det er pinligt,
    /// at du ikke tog telefonen..."): never trusting it there cost 16 hard moves (sarcastic framings), 0.85 and 0.9 let the Danish
    /// head turn that reflection into a confrontation at p = 0.87 and 0.92 after retrains (rounds 214-217; 0.93 costs two in-sample English confrontations, 0.95 four).
    /// </summary>
    private const double SureViewPushAbove = 0.93;

    /// <summary>
    /// The head's probability a push needs over a plain answer to the client's question: after a retrain the Norwegian
    /// head read "skaderisikoen øker jo mer og jo lenger man røyker" as confront at p = 0.65, while "det er arsenik også
    /// i små doser" after "Det er jo lovligt, ikke?" confronts at p = 0.78.
    /// </summary>
    private const double AnswerPushAbove = 0.75;

    /// <summary>The head's probability advice needs over a reflection that hands back the client's own obligation.</summary>
    private const double EchoedObligationPushAbove = 0.95;

    /// <summary>
    /// True when a directive's modal is the client's own obligation handed back ("du må slutte" after "jeg må jo
    /// slutte"), not the trainee's ("jeg synes du må", "du må bare").
    /// </summary>
    private static bool HandsBackObligation(MoveAnalysis move)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == CueCategory.Directive && CueFilter.HasObligationModal(move, hit)
                && CueFilter.EchoesClient(move, hit) && CueFilter.EchoesObligationContent(move, hit) && !CueFilter.SpeakerOwns(move, hit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The form model's reflection probability from which it counts as sure.</summary>
    private const double SureReflection = 0.85;

    /// <summary>
    /// How sure the chat-move head must be to replace the form's code. A push (confront, persuade...) over a move the
    /// form model is sure is a reflection needs more: "You can't stand seeing your mum count the money in her purse
    /// every night" (reflection p = 0.88) is a reflection of feeling, not a reproach the head guessed at p = 0.39. So
    /// does persuasion over a reflection whose directive the rules found to be the client's own ("jeg må jo ta
    /// medisinene" -> "du må ta dem, men bivirkningene gjør at du egentlig ikke vil", head p = 0.44).
    /// </summary>
    private static double HeadNeeds(MoveAnalysis move, MitiCode main, MitiCode head, ReadOnlySpan<double> probabilities)
    {
        var needed = move.SwitchedLanguage ? TrustMoveModelOnMixedAbove : TrustMoveModelAbove;
        if (main.IsReflection() && FormOf(head) is null
            && ((probabilities.Length > (int)Behaviour.Reflection && probabilities[(int)Behaviour.Reflection] >= SureReflection)
                || (head is MitiCode.Persuade && move.Has(CueCategory.Directive))))
        {
            needed = Math.Max(needed, PushOverSureReflectionAbove);
        }

        // "Du synes, det er pinligt, at du ikke tog telefonen, da hun ringede": a reflection that reports the client's
        // feeling or view, with no cue of the trainee's own push, is no reproach the head reads into its words (p = 0.69).
        if (main.IsReflection() && FormOf(head) is null && MoveFacts.OpensWithClientsView(move))
        {
            needed = Math.Max(needed, SureViewPushAbove);
        }

        // "Jeg må jo slutte å spille, ellers mister jeg leiligheten." -> "Du må slutte å spille hvis du skal få beholde
        // leiligheten.": the client's own "must" handed back is the rules' reading; the head's guess of advice (p = 0.89)
        // must be surer than that.
        if (main.IsReflection() && head is MitiCode.Persuade && HandsBackObligation(move))
        {
            needed = Math.Max(needed, EchoedObligationPushAbove);
        }

        // "Jeg røyker, ja. Rundt ti om dagen nå." -> "Du har hørt det meste før, fra søstera di, fra svigermor og fra damen
        // på apoteket.": a reflection that brings mostly words the client did not say adds meaning; the head's guess of a
        // simple one (p = 0.54) must be surer than that. (English subtypes come from the AnnoMI head, not this rule.)
        if (main is MitiCode.ReflectionComplex && head is MitiCode.ReflectionSimple && move.Pack.Language != Language.En
            && MoveFacts.BringsNewContent(move))
        {
            needed = Math.Max(needed, PushOverSureReflectionAbove);
        }

        // "Hvor farlig er det?" -> "skaderisikoen øker jo mer man røyker": a plain answer to the client's question
        // informs; a confrontation or advice the head only guesses at (p = 0.44) does not replace it.
        if (main is MitiCode.GivingInformation && move.ClientAsked && FormOf(head) is null)
        {
            needed = Math.Max(needed, AnswerPushAbove);
        }

        return needed;
    }

    /// <summary>
    /// The cue of a move the form read as a reflection that informs instead, or null: a statement right after the
    /// client's yes to an offer ("ja gjerne", "go on then"), numbers the client never gave ("dit blodtryk var 162/98
    /// i dag"), or a fact with no "you" in it ("alcohol actually disrupts deep sleep"). None hands the client's words
    /// back (MITI 4.2.1 Giving Information: facts, feedback on results).
    /// </summary>
    private static string? InformsInChat(MoveAnalysis move) =>
        MoveFacts.AnswersConsent(move) is { } consent ? CueTemplates.AnswersConsent.Format(consent)
        : !move.MentionsScale && MoveFacts.ReportsNumbers(move) is { } number ? CueTemplates.ReportsNumbers.Format(number)
        : MoveFacts.ImpersonalFact(move) is { } fact ? CueText.For(fact)
        : null;

    /// <summary>
    /// "ok we're almost out of time so let's stop here for today", "hello, please have a seat. first I'll take your
    /// blood pressure and then we can chat": a collaboration phrase in a statement that structures the session (a
    /// greeting-or-structuring phrase in its sentence, or opening a move that asks nothing) shares no decision.
    /// </summary>
    private static bool StructuresSession(MoveAnalysis move, CueHit hit) =>
        !move.QuestionSentences[hit.SentenceIndex]
        && (SentenceHas(move, CueCategory.Greeting, hit.SentenceIndex) || (!move.AnyQuestion && SentenceHas(move, CueCategory.Greeting, 0)));

    /// <summary>
    /// The head may give an intent code (persuade, confront, affirm, autonomy, collaboration, permission) or
    /// change the subtype within the form the rules read; the form itself (question, reflection, information,
    /// other) is theirs, except that information and other may trade places. A question keeps being a
    /// question: advice or reproach in question form is what the rules' cues find ("have you considered...",
    /// "do you really think..."), and a question without such a cue is what the client answers.
    /// </summary>
    private static bool SameFormOrIntent(MitiCode rules, MitiCode head) =>
        FormOf(head) is { } form ? FormOf(rules) == form || (IsNeither(form) && FormOf(rules) is { } r && IsNeither(r)) : !rules.IsQuestion();

    /// <summary>Information and other ask nothing and reflect nothing: which of the two a move is (facts, or structuring and small talk) is the head's to tell.</summary>
    private static bool IsNeither(Behaviour form) => form is Behaviour.Input or Behaviour.Other;

    /// <summary>The form a code names, or null for a code of intent.</summary>
    private static Behaviour? FormOf(MitiCode code) => code switch
    {
        _ when code.IsQuestion() => Behaviour.Question,
        _ when code.IsReflection() => Behaviour.Reflection,
        MitiCode.GivingInformation => Behaviour.Input,
        MitiCode.Other => Behaviour.Other,
        _ => null,
    };

    /// <summary>
    /// The chat-move head's reading of the move: the fine code it finds likeliest and its probability,
    /// or null without a head for the move's language. <paramref name="lexical"/> is the move's lexical
    /// feature list when the caller has it already.
    /// </summary>
    private (MitiCode Code, double Probability)? MoveModelCode(MoveAnalysis move, List<uint>? lexical)
    {
        if (moveModels is null || !moveModels.TryGetValue(move.Pack.Language, out var moveModel)
            || moveModel.Head(FeatureSet.Lexical, ModelTask.MoveCode) is not { } head)
        {
            return null;
        }

        var features = lexical;
        if (features is null)
        {
            features = t_moveFeatures ??= new List<uint>(128);
            features.Clear();
            FeatureExtractor.Extract(move, FeatureSet.Lexical, features);
        }

        Span<double> p = stackalloc double[StackClasses];
        p = p[..head.Classes];
        head.Predict(CollectionsMarshal.AsSpan(features), p);
        var best = IndexOfMax(p);
        return MitiCodes.TryParse(head.Labels[best], out var code) ? (code, p[best]) : null;
    }

    /// <summary>The first <see cref="MaxCues"/> distinct cues in order (what Distinct().Take() gave, without the iterators).</summary>
    private static string[] DistinctCues(List<string> cues)
    {
        var kept = 0;
        for (var i = 0; i < cues.Count && kept < MaxCues; i++)
        {
            if (cues.IndexOf(cues[i], 0, kept) < 0)
            {
                cues[kept++] = cues[i];
            }
        }

        var result = new string[kept];
        cues.CopyTo(0, result, 0, kept);
        return result;
    }

    /// <summary>The index of the first largest probability (as Array.IndexOf(p, p.Max())).</summary>
    private static int IndexOfMax(ReadOnlySpan<double> p) => p.IndexOf(ClassifierHead.Max(p));

    /// <summary>
    /// English: the model decides, with one guard for typed chat: no '?' and no question word order
    /// makes a question unlikely. A closing question does not by itself make the move a question: the
    /// model reads the whole turn, and the question still enters the volley's codes (MITI 4.2.1 codes
    /// every behaviour of a volley; the main form is the one that carries the turn).
    /// </summary>
    private static (Behaviour, double) ModelBehaviour(MoveAnalysis move, ReadOnlySpan<double> probabilities)
    {
        Span<double> p = stackalloc double[probabilities.Length];
        probabilities.CopyTo(p);
        if (!move.AnyQuestion && move.Text.QuestionMarks == 0)
        {
            p[(int)Behaviour.Question] *= QuestionWithoutForm;
        }

        var best = IndexOfMax(p);
        var sum = 0.0;
        foreach (var x in p)
        {
            sum += x;
        }

        return ((Behaviour)best, p[best] / sum);
    }

    /// <summary>Rules every language shares, applied after the first four-way decision.</summary>
    private static Behaviour Adjust(MoveAnalysis move, Behaviour behaviour)
    {
        if (move.EchoedWords.Count <= 1
            && (behaviour != Behaviour.Question
                ? (HasStatement(move, CueCategory.Greeting) && !ReflectsAfterGreeting(move)) || SentenceHas(move, CueCategory.Apology, move.Text.Sentences.Length - 1)
                : QuestionsAreRituals(move)))
        {
            // "We have ten minutes left", "thanks for coming", "beklager, det var dumt sagt av meg": structuring and
            // rituals. An apology followed by more ("sorry det var dumt sagt. det lyder som om gaming er dit vigtigste
            // fællesskab") is coded by what follows.
            return Behaviour.Other;
        }

        if (move.ClientAsked && behaviour != Behaviour.Question && !move.AnyQuestion && !HasMainClauseStem(move))
        {
            // The client asked; a plain statement back is an answer: information. "du kan være anonym hvis du vil"
            // answers too: a stem in a condition ("hvis du vil") hands nothing back.
            return Behaviour.Input;
        }

        // "You're sick of being told what you should do by people who have no idea...": a statement that opens with the
        // client's view is about the client, whatever fact word ("people who") comes later in it.
        if (behaviour == Behaviour.Input && !move.ClientAsked && MoveFacts.OpensWithClientsView(move))
        {
            return Behaviour.Reflection;
        }

        if (behaviour == Behaviour.Other && !IsRitual(move) && (HasReflectionStatement(move) || IsBareEcho(move)))
        {
            return Behaviour.Reflection;
        }

        return behaviour;
    }

    /// <summary>
    /// "Hei! Så du sitter her mest for mammas skyld...": a reflection stem opening a sentence (its first or second word)
    /// after the greeting's own carries the move; the greeting is only its first word.
    /// </summary>
    private static bool ReflectsAfterGreeting(MoveAnalysis move)
    {
        // Only after a bare greeting ("Hei!", "hey Jonas"): "Vi har rundt 30 minutter i dag. Det du sier her blir mellom
        // oss..." structures the session throughout.
        if (move.Text.Sentences.Length < 2 || move.Text.Sentences[0].Length > BareGreetingTokens)
        {
            return false;
        }

        foreach (var hit in move.Hits)
        {
            if (hit.Category == CueCategory.ReflectionStem && hit.SentenceIndex > 0 && !move.QuestionSentences[hit.SentenceIndex]
                && hit.TokenIndex <= move.Text.Sentences[hit.SentenceIndex].Start + 1 && !SentenceHas(move, CueCategory.Greeting, hit.SentenceIndex))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before a praise word a minimiser ("just a", "only") still belittles it.</summary>
    private const int MinimizerReach = 2;

    /// <summary>Whether a minimiser stands within <see cref="MinimizerReach"/> words before the hit in its sentence.</summary>
    private static bool MinimizedBefore(MoveAnalysis move, CueHit hit) =>
        TokenRuns.AnyIn(
            move.Text.Tokens, Math.Max(move.Text.Sentences[hit.SentenceIndex].Start, hit.TokenIndex - MinimizerReach), hit.TokenIndex,
            move.Pack.Minimizers);

    /// <summary>Words of a greeting sentence that is only the greeting ("hey Jonas", "Hei!").</summary>
    private const int BareGreetingTokens = 3;

    /// <summary>Words beside a ritual phrase that still leave its question a ritual ("same time next thursday?").</summary>
    private const int RitualQuestionSlack = 1;

    /// <summary>
    /// "same time next thursday?", "how are you doing?": every question of the move is a greeting or a booking with at
    /// most <see cref="RitualQuestionSlack"/> more word (none after a greeting that asks: "hvordan har du det egentlig"
    /// asks), or holds one after a greeting. Rituals are not coded (MITI 4.2.1), whatever their '?'.
    /// </summary>
    private static bool QuestionsAreRituals(MoveAnalysis move)
    {
        // "Hei! Ikke noe problem. Vil du ha en kopp kaffe før vi setter i gang?": after a greeting, a question holding a
        // ritual phrase is part of the ritual, however long; "hej og velkommen. hvordan går det med at få dem taget?"
        // opens with the phrase and goes on to ask.
        var greeted = move.Text.Sentences.Length > 1 && !move.QuestionSentences[0] && SentenceHas(move, CueCategory.Greeting, 0);
        var any = false;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            if (!move.QuestionSentences[s])
            {
                continue;
            }

            var ritual = false;
            foreach (var hit in move.Hits)
            {
                ritual |= hit.Category == CueCategory.Greeting && hit.SentenceIndex == s
                    && ((greeted && hit.TokenIndex > move.Text.Sentences[s].Start)
                        || move.Text.Sentences[s].Length - hit.Phrase.Tokens.Length
                            <= (move.Pack.OpenQuestionWords.Contains(hit.Phrase.Tokens[0]) ? 0 : RitualQuestionSlack));
            }

            if (!ritual)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// "så, helgene.", "so, weekends.": a statement whose few content words (at most <see cref="BareEchoWords"/>) all
    /// repeat the client's hands them back, a simple reflection; "ok" or "mm" alone (no content word) stays Other.
    /// </summary>
    private static bool IsBareEcho(MoveAnalysis move) =>
        !move.AnyQuestion && move.ContentWords is > 0 and <= BareEchoWords && move.EchoedWords.Count == move.ContentWords;

    private const int BareEchoWords = 2;

    /// <summary>
    /// Weight of the language-neutral model in the English decision: blending in the model that
    /// never sees words is a little better in cross-validation and leans less on AnnoMI's vocabulary.
    /// </summary>
    private const double Blend = 0.3;

    /// <summary>
    /// The chat-move head's probability above which its code replaces the one the form gave. Below it the
    /// head is guessing among twelve codes: fresh moves were coded best between 0.3 and 0.35, and at 0.3 it
    /// began to read unpunctuated questions ("is money an issue at all with the drinking") as
    /// confrontations (see the Coding README). With the role-play rounds in its training it reads more
    /// confrontation into reflections of feeling ("You can't stand seeing your mum count the money", p = 0.39);
    /// on rounds 42-45 held out from it 0.35-0.5 coded the same within two moves of 771, so 0.4; 0.43 since rounds
    /// 182-185, when the head read the drill's amplified reflection "Everyone in your life is against you, always." as
    /// confront at p = 0.42 (no hard or hand move changed).
    /// </summary>
    private const double TrustMoveModelAbove = 0.43;

    /// <summary>
    /// The same for a move that switches language family mid-move: the head learned moves written in one language,
    /// so the other family's words are strangers to it and its guess weaker ("Så the baby was the reason du sluttet
    /// sist" read as confront at p = 0.35, and at p = 0.50 after rounds 130-133 joined its training).
    /// </summary>
    private const double TrustMoveModelOnMixedAbove = 0.6;

    /// <summary>
    /// Above this probability the chat-move head may put another intent in place of the one a strong cue gave
    /// (advice beside "you know yourself best" is PwP, not autonomy; "det er altså lidt flovt" after "vi har
    /// lavet en plan sammen" confronts). The rules take the first cue in a fixed order; a move holding cues of
    /// two intents is where trainers' coding, which the head learned, knows better (rounds 33-34: +4 of 374 moves,
    /// none lost, the sessions AUC and the relevance set unchanged).
    /// </summary>
    private const double OverruleCueAbove = 0.85;

    /// <summary>nb/da: the neutral model's information probability above which a move with an information cue is information.</summary>
    private const double InformationAbove = 0.8;

    /// <summary>Above this probability the English model's four-way decision is kept as it is.</summary>
    private const double TrustModelAbove = 0.6;

    /// <summary>A move without '?' and without question word order keeps this share of the model's question probability.</summary>
    private const double QuestionWithoutForm = 0.2;

    /// <summary>A reflection stem in a statement, not opening a subordinate clause ("if you want", "hvis du vil").</summary>
    private static bool HasMainClauseStem(MoveAnalysis move)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == CueCategory.ReflectionStem && !move.QuestionSentences[hit.SentenceIndex] && !AfterSubordinator(move, hit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStatement(MoveAnalysis move, CueCategory category)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == category && !move.QuestionSentences[hit.SentenceIndex])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// nb/da (and the no-model fallback): clear structure first - the English model's word
    /// features do not exist here, and its neutral sibling is weaker than a plain '?'.
    /// </summary>
    private static (Behaviour, double) RuleBehaviour(MoveAnalysis move, ReadOnlySpan<double> p)
    {
        if (move.LastIsQuestion)
        {
            return (Behaviour.Question, 0.85);
        }

        if (IsRitual(move))
        {
            return (Behaviour.Other, 0.85);
        }

        // Facts the neutral model is sure of ("leververdiene dine er litt forhøyet") stay information even
        // when a "du/dine" somewhere looks like a reflection; a reflection that opens as one still wins.
        // A fact with no "du/deg/din" at all ("alkohol forstyrrer faktisk den dybe søvn") is about the world, not
        // the client's words handed back.
        if (MoveFacts.NewInformation(move) is not null && !MoveFacts.HasAnchoredReflection(move)
            && move.First(CueCategory.Feeling) is null
            && ((!p.IsEmpty && p[(int)Behaviour.Input] >= InformationAbove) || (!MoveFacts.MentionsClient(move) && move.ContentWords >= 4)))
        {
            return (Behaviour.Input, p[(int)Behaviour.Input]);
        }

        if (HasReflectionStatement(move))
        {
            return (Behaviour.Reflection, 0.75);
        }

        if (move.AnyQuestion)
        {
            return (Behaviour.Question, 0.7);
        }

        if (MoveFacts.NewInformation(move) is not null && move.EchoedWords.Count == 0 && !HasStatement(move, CueCategory.Feeling))
        {
            return (Behaviour.Input, 0.65);
        }

        if (!p.IsEmpty)
        {
            var best = IndexOfMax(p);
            return ((Behaviour)best, p[best]);
        }

        return move.EchoedWords.Count > 0 ? (Behaviour.Reflection, 0.5) : (Behaviour.Other, 0.4);
    }

    /// <summary>
    /// The check question that closes a reflection or summary ("..., har jeg forstått deg riktig?"),
    /// or null: a check cue in the last sentence, with at least <see cref="CheckedContentTokens"/>
    /// words before it that speak about the client ("you", "du").
    /// </summary>
    private static CueHit? CheckQuestionHit(MoveAnalysis move)
    {
        // "so it says here you smoke 20 a day, is that right?": the trainee asks the client to confirm what a record
        // or a third party says (a closed question); a summary hands back what the client said.
        if (move.First(CueCategory.Record) is not null)
        {
            return null;
        }

        var last = move.Text.Sentences.Length - 1;
        foreach (var hit in move.Hits)
        {
            if (hit.Category != CueCategory.CheckQuestion || hit.SentenceIndex != last || hit.TokenIndex < CheckedContentTokens)
            {
                continue;
            }

            for (var i = 0; i < hit.TokenIndex; i++)
            {
                if (move.Pack.SecondPerson.Contains(move.Text.Tokens[i]))
                {
                    return hit;
                }
            }
        }

        // "har jeg fat i det rigtige?", "am I close?": a short closing question about the trainee's own
        // understanding (I, no you) checks the summary before it as well as a listed check phrase does.
        var sentence = move.Text.Sentences[last];
        if (move.QuestionSentences[last] && sentence.Length <= OwnCheckTokens && sentence.Start >= CheckedContentTokens
            && !move.Has(CueCategory.Permission))
        {
            var tokens = move.Text.Tokens;
            bool me = false, you = false, youBefore = false;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                me |= (move.Pack.ClassesOf(tokens[i]) & WordClasses.FirstPerson) != 0;
                you |= move.Pack.SecondPerson.Contains(tokens[i]);
            }

            for (var i = 0; i < sentence.Start; i++)
            {
                youBefore |= move.Pack.SecondPerson.Contains(tokens[i]);
            }

            if (me && !you && youBefore)
            {
                return CueHit.Spanning(tokens, sentence.Start, sentence.End, CueCategory.CheckQuestion, last);
            }
        }

        return null;
    }

    /// <summary>Words of content a check question needs before it to be closing a reflection, not asking on its own.</summary>
    private const int CheckedContentTokens = 6;

    /// <summary>The longest closing question read as a check of the trainee's own understanding without a listed phrase.</summary>
    private const int OwnCheckTokens = 7;

    /// <summary>Only acknowledgements and greetings: "mm-hmm", "okay, thanks", "hei, velkommen".</summary>
    private static bool IsRitual(MoveAnalysis move)
    {
        var tokens = move.Text.Tokens;
        if (tokens.Length == 0)
        {
            return true;
        }

        var covered = 0;
        foreach (var token in tokens)
        {
            if (move.Pack.Backchannels.Contains(token))
            {
                covered++;
            }
        }

        return covered == tokens.Length || (move.Has(CueCategory.Greeting) && tokens.Length <= 8 && move.EchoedWords.Count == 0);
    }

    /// <summary>A statement (not a question) that starts like a reflection or re-uses the client's words with "you".</summary>
    private static bool HasReflectionStatement(MoveAnalysis move)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == CueCategory.ReflectionStem && !move.QuestionSentences[hit.SentenceIndex])
            {
                return true;
            }
        }

        if (move.EchoedWords.Count >= 2 && !move.LastIsQuestion)
        {
            foreach (var token in move.Text.Tokens)
            {
                if (move.Pack.SecondPerson.Contains(token))
                {
                    return true;
                }
            }

            // "Tjue om dagen, og flere når humøret er dårlig.": without "du", a statement made mostly of the client's
            // own words and no new fact hands them back.
            if (move.EchoedWords.Count * 2 >= move.ContentWords && MoveFacts.NewInformation(move) is null && !HasStatement(move, CueCategory.Greeting))
            {
                return true;
            }
        }

        return false;
    }

    private static MitiCode? FineCode(MoveAnalysis move, Behaviour behaviour, List<string> cues, out double confidence)
    {
        // Only the first hit of each kind is shown, so none are collected.
        CueHit? confront = null, persuade = null, freedom = null;
        CueHit? autonomy = null, permission = null, collaboration = null, affirm = null;
        string? blame = null;
        var confronts = 0;
        foreach (var hit in move.Hits)
        {
            switch (hit.Category)
            {
                case CueCategory.Confront when (!CueFilter.EchoesClient(move, hit) || CueFilter.Contradicts(move, hit))
                    && !CueFilter.InReflectiveFrame(move, hit) && !MoveFacts.Overlaps(move, hit, CueCategory.Autonomy)
                    && !CueFilter.Denied(move, hit):
                    confront ??= hit;
                    confronts++;
                    break;
                case CueCategory.Directive or CueCategory.Suggestion when (!CueFilter.InRealQuestion(move, hit) || hit.Phrase.SentenceStart)
                    && (CueFilter.SpeakerOwns(move, hit)
                        || ((!CueFilter.EchoesClient(move, hit) || move.ClientFirst(CueCategory.AdviceRequest) is not null
                                // "I've tried that stuff" -> "have you tried nicotine patches?": a question hands nothing back.
                                || (hit.Phrase.SentenceStart && CueFilter.InRealQuestion(move, hit)))
                            && !CueFilter.InReflectiveFrame(move, hit)))
                    && !CueFilter.InPrepositionalClause(move, hit) && !CueFilter.InEmbeddedQuestion(move, hit)
                    && !CueFilter.OpensNounQuestion(move, hit) && !CueFilter.AsksAboutPast(move, hit)
                    // "når du skal have en joint hver aften for at kunne sove, så er du afhængig": a time clause describes.
                    && !(hit.Category == CueCategory.Directive && (AfterSubordinator(move, hit) || AsksToTell(move, hit)))
                    && !MoveFacts.AfterSummaryOpening(move, hit)
                    // "...and driving every other friday could help. did I miss anything?": a soft suggestion inside a
                    // summary closed by a check recounts the client's own ideas; "you need to" in one still advises.
                    && !(hit.Category == CueCategory.Suggestion && CheckQuestionHit(move) is not null):
                    persuade ??= hit;
                    blame ??= hit.Category == CueCategory.Directive ? CueFilter.BlamesPast(move, hit) : null;
                    break;
                case CueCategory.Warning when (!CueFilter.InRealQuestion(move, hit)
                        || (move.Text.QuestionMarks == 0 && !move.OpenStructure[hit.SentenceIndex]))
                    && !CueFilter.InReflectiveFrame(move, hit) && !CueFilter.InOpeningView(move, hit) && !CueFilter.InClientsFear(move, hit)
                    && !SentenceHas(move, CueCategory.Autonomy, hit.SentenceIndex) && !CueFilter.AfterConcessive(move, hit)
                    // "En del af dig ved at du må stoppe, og en anden del er bange for hvad der sker... hvis du ikke har
                    // hashen": the consequence is one side of the client's own two.
                    && !MoveFacts.DoubleSidedBefore(move, hit)
                    // "bit like if u dont look it isnt real": a consequence inside a metaphor pictures the client's logic.
                    && !SentenceHas(move, CueCategory.Metaphor, hit.SentenceIndex):
                    // A chat warning needs no question mark to be a statement: "fortsetter du sånn havner du på
                    // sykehuset" opens verb-first like a yes/no question but warns. MITI 4.2.1 codes warnings of
                    // consequences as Persuade ("Continuing to drink at these levels can really harm your liver").
                    persuade ??= hit;
                    break;
                // An autonomy phrase that is itself the question ("hvem andre end dig kan beslutte det?") asks only to say it.
                case CueCategory.Autonomy when (!CueFilter.InRealQuestion(move, hit) || MoveFacts.StatesWhatItAsks(move, hit.SentenceIndex)
                        || move.Pack.OpenQuestionWords.Contains(hit.Phrase.Tokens[0]))
                    && !AfterSubordinator(move, hit) && !StructuresSession(move, hit) && !CueFilter.InReflectiveFrame(move, hit):
                    autonomy ??= hit;
                    freedom ??= hit;
                    break;
                case CueCategory.Permission:
                    permission ??= hit;
                    freedom ??= hit;
                    break;
                case CueCategory.PermissionHedge:
                    freedom ??= hit;
                    break;
                case CueCategory.Collaboration when !StructuresSession(move, hit) && !DescribesWhatWeDo(move, hit) && (!IsBareTogether(hit)
                    || (!AfterQuantifier(move, hit) && !SentenceHas(move, CueCategory.Greeting, hit.SentenceIndex)
                        && (WeDoTogether(move, hit) || InvitesTogether(move, hit)))):
                    // "we have about 20 minutes together today": a bare "together" in a structuring sentence shares time, not decisions.
                    collaboration ??= hit;
                    break;
                case CueCategory.Affirm when (!CueFilter.InRealQuestion(move, hit) || CueFilter.IsExclamation(move, hit)) && !CueFilter.InReflectiveFrame(move, hit)
                    && (hit.Phrase.Tokens.Length > 1 || !CueFilter.EchoesClient(move, hit)) && !CueFilter.BeforeNumber(move, hit)
                    && !AfterSubordinator(move, hit)
                    // "you're terrified that being honest with us could cost you the baby": the praise word sits in the fear;
                    // "tell me a bit about how you managed that": in what the client is asked to tell.
                    && !CueFilter.InClientsFear(move, hit) && !AsksToTellAbout(move, hit)
                    // "That's really just a willpower thing though isn't it": a minimiser before the strength belittles it.
                    && !MinimizedBefore(move, hit):
                    affirm ??= hit;
                    break;
            }
        }

        persuade ??= MoveFacts.PlanForClient(move);

        // A lone confrontation cue beside advice can be the advice's own tone (MITI 4.2.1 Persuade): "come on, you've done
        // so well, just one more week off the smokes" cheers the client on towards the trainee's goal (a "come on" that
        // also praises), and "I'd go for the 16 pack instead to be honest" is the trainee's candour; neither disputes.
        if (confront is { } soft && confronts == 1 && persuade is not null
            && ((affirm is not null && move.Pack.Cheers.Contains(soft.Phrase.Text)) || MoveFacts.InCandourPhrase(move, soft)))
        {
            confront = null;
        }

        if (confront is { } confrontation)
        {
            cues.Add(CueText.For(confrontation));
            confidence = 0.85;
            return MitiCode.Confront;
        }

        if (blame is null && persuade is null && affirm is null && autonomy is null && CheckQuestionHit(move) is null
            && UncuedConfrontation(move) is { } uncued)
        {
            cues.Add(uncued);
            confidence = 0.7;
            return MitiCode.Confront;
        }

        if (blame is not null)
        {
            cues.Add(CueTemplates.BlamesPast.Format(blame));
            confidence = 0.8;
            return MitiCode.Confront;
        }

        var persuasionCue = persuade is { } persuasion ? CueText.For(persuasion)
            : CueFilter.MinimizedAdvice(move) is { } minimized ? CueTemplates.MinimizedAdvice.Format(minimized)
            : null;
        if (persuasionCue is null && permission is { } askedFirst && MoveFacts.ViewAfterPermission(move, askedFirst) is { } view)
        {
            // MITI 4.2.1: advice given right after asking permission ("would it be ok if I made a
            // suggestion? one thing that helps...") is Persuade with Permission; neutral facts after it
            // stay Giving Information (the manual prefers GI when unsure).
            cues.Add(CueTemplates.AdviceAfterPermission.Format(askedFirst.Phrase.Text));
            confidence = 0.7;
            return view;
        }

        if (persuasionCue is null && move.ClientFirst(CueCategory.AdviceRequest) is { Phrase: not null } request && !move.LastIsQuestion
            && freedom is not null && move.Text.Count >= MoveFacts.AnsweredAdviceTokens && MoveFacts.HasViewApartFromFreedom(move))
        {
            // MITI 4.2.1: the client asking for the clinician's view is a condition of permission; a view the
            // trainee then offers and hands back ("noen synes det hjelper å... kanskje det er noe for deg,
            // kanskje ikke") is Persuade with Permission even without an advice phrase. Plain facts about what
            // others do stay Giving Information (the manual prefers GI when unsure).
            cues.Add(CueTemplates.ClientAskedForAdvice.Format(request.Phrase.Text));
            confidence = 0.7;
            return MitiCode.PersuadeWithPermission;
        }

        // "I never miss" -> "you told me last week you missed two": past evidence set against the client's
        // denial disputes it (Confront), unless the move also asks, hands back, affirms or sums up.
        if (persuasionCue is null && autonomy is null && affirm is null && !MoveFacts.AsksAtLength(move) && MoveFacts.ClientDenies(move)
            && MoveFacts.EvidenceAboutClient(move) is { } evidence && CheckQuestionHit(move) is null)
        {
            cues.Add(CueText.For(evidence));
            confidence = 0.65;
            return MitiCode.Confront;
        }

        // A move that also asks ("er økonomien et tema? røyk koster jo skjorta") is answered as a question;
        // an echo question ("igjen??") does not count as asking. An answer to the client's own question ("is weed
        // withdrawal actually real? i thought it was a myth" -> "its real tho usually pretty mild") argues against no view.
        if (persuasionCue is null && autonomy is null && !move.Has(CueCategory.PermissionHedge) && !MoveFacts.AsksAtLength(move)
            && !move.ClientAsked && move.Client.QuestionMarks == 0 && CueFilter.Assertion(move) is { } asserted && move.First(CueCategory.Affirm) is null
            && move.First(CueCategory.Feeling) is null && move.First(CueCategory.Greeting) is null && CheckQuestionHit(move) is null)
        {
            // "dine kolleger må jo løbe dobbelt så stærkt", "det er jo ikke det man kalder styr på det": the
            // particle presents the trainee's view as given against the client's - arguing (Confront).
            cues.Add(CueTemplates.Assertion.Format(asserted));
            confidence = 0.65;
            return MitiCode.Confront;
        }

        if (persuasionCue is not null)
        {
            cues.Add(persuasionCue);
            if (freedom is { } free && !(persuade is { } push && MoveFacts.ContrastBetween(move, free, push)))
            {
                cues.Add(CueText.For(free));
                confidence = 0.75;
                return MitiCode.PersuadeWithPermission;
            }

            if (move.ClientFirst(CueCategory.AdviceRequest) is { Phrase: not null } asked)
            {
                cues.Add(CueTemplates.ClientAskedForAdvice.Format(asked.Phrase.Text));
                confidence = 0.75;
                return MitiCode.PersuadeWithPermission;
            }

            if (MoveFacts.ClientOpensWithYes(move) is { } yes)
            {
                // "Ja, si gjerne hva du tenker. ..." -> "mange har god nytte av å sette seg delmål": the client has just
                // said yes to hearing the trainee's view (MITI 4.2.1: permission given).
                cues.Add(CueTemplates.ClientAskedForAdvice.Format(yes));
                confidence = 0.75;
                return MitiCode.PersuadeWithPermission;
            }

            confidence = 0.85;
            return MitiCode.Persuade;
        }

        if (autonomy is { } a)
        {
            cues.Add(CueText.For(a));
            confidence = 0.8;
            return MitiCode.EmphasizingAutonomy;
        }

        if (permission is { } p)
        {
            cues.Add(CueText.For(p));
            confidence = 0.8;
            return MitiCode.SeekingCollaboration;
        }

        if (collaboration is { } c && (behaviour != Behaviour.Reflection || move.QuestionSentences[c.SentenceIndex]
            || c.TokenIndex == move.Text.Sentences[c.SentenceIndex].Start))
        {
            cues.Add(CueText.For(c));
            confidence = 0.7;
            return MitiCode.SeekingCollaboration;
        }

        if (affirm is { } f && (behaviour != Behaviour.Question || CueFilter.IsExclamation(move, f)))
        {
            cues.Add(CueText.For(f));
            confidence = 0.7;
            return MitiCode.Affirm;
        }

        confidence = 0;
        return null;
    }

    /// <summary>
    /// The cue of a confrontation no phrase names, or null (MITI 4.2.1 Confront): disputing the client's word ("It's
    /// not drastic.", "your liver results weren't fine", "five a day is still five a day"), labelling ("you're a little bit hooked"), or doubting the
    /// client in question form ("do you really think...?").
    /// </summary>
    private static string? UncuedConfrontation(MoveAnalysis move) =>
        MoveFacts.DisputesClientWord(move) is { } disputed ? CueTemplates.DisputesWord.Format(disputed)
        : MoveFacts.RestatesAgainstClient(move) is { } restated ? CueTemplates.DisputesWord.Format(restated)
        : MoveFacts.LabelsClient(move) is { } label ? CueTemplates.LabelsClient.Format(label)
        : MoveFacts.DoubtingQuestion(move) is { } doubt ? CueTemplates.DoubtingQuestion.Format(doubt)
        : MoveFacts.SamePolarityTag(move) is { } tag ? CueTemplates.DoubtingQuestion.Format(tag)
        : null;

    /// <summary>
    /// "the photos show the vessels at the back of your eye, so we can pick up changes early": "we can" in a purpose
    /// clause, or negated ("vi kan ikke se dit nummer"), tells what the service does; it offers the client no share
    /// in a decision. "ok so we can look at it together" (only openers before it) still offers.
    /// </summary>
    private static bool DescribesWhatWeDo(MoveAnalysis move, CueHit hit)
    {
        if (hit.Phrase.Tokens.Length < 2 || !move.Pack.FirstPersonPlural.Contains(hit.Phrase.Tokens[0].TrimStart('^')))
        {
            return false;
        }

        var tokens = move.Text.Tokens;
        var sentence = move.Text.Sentences[hit.SentenceIndex];
        var after = hit.TokenIndex + hit.Phrase.Tokens.Length;
        if (after < sentence.End && move.Pack.IsNegation(tokens[after]))
        {
            return true;
        }

        return hit.TokenIndex > sentence.Start && move.Pack.Openers.Contains(tokens[hit.TokenIndex - 1])
            && AfterOpeners(move, sentence, hit.TokenIndex) < hit.TokenIndex;
    }

    /// <summary>The first token of <paramref name="sentence"/> before <paramref name="limit"/> that is no opener ("ok", "so", "så").</summary>
    private static int AfterOpeners(MoveAnalysis move, Sentence sentence, int limit)
    {
        var i = sentence.Start;
        while (i < limit && move.Pack.Openers.Contains(move.Text.Tokens[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// "would you be up for going through a week's spending together?", "vil du se på det sammen?": a request in yes/no
    /// form ("would/could/will you") that asks the client to do something together offers the work to share.
    /// "bor I sammen?" and "tar du dem sammen med mat?" do not open with a request modal.
    /// </summary>
    private static bool InvitesTogether(MoveAnalysis move, CueHit hit)
    {
        var tokens = move.Text.Tokens;
        var i = AfterOpeners(move, move.Text.Sentences[hit.SentenceIndex], hit.TokenIndex);
        return move.QuestionSentences[hit.SentenceIndex] && i + 1 < hit.TokenIndex
            && move.Pack.RequestModals.Contains(tokens[i]) && move.Pack.SecondPerson.Contains(tokens[i + 1]);
    }

    /// <summary>
    /// "we" beside a bare "together": joint work, unless a statement's "together with" only names who decides ("hos oss
    /// ... avgjør legen det sammen med deg").
    /// </summary>
    private static bool WeDoTogether(MoveAnalysis move, CueHit hit) =>
        MoveFacts.SentenceHasAny(move, hit.SentenceIndex, move.Pack.FirstPersonPlural)
        && (move.QuestionSentences[hit.SentenceIndex] || !FollowedByPreposition(move, hit));

    /// <summary>"together" alone is collaboration only with "we" or in a question: "holding you together" is not.</summary>
    private static bool IsBareTogether(CueHit hit) => hit.Phrase.Tokens is ["together"] or ["sammen"];

    /// <summary>"når du bestemmer deg", "before you decide": the choice sits in a time clause; nothing is handed over.</summary>
    private static bool AfterSubordinator(MoveAnalysis move, CueHit hit) =>
        hit.TokenIndex > 0 && move.Pack.Subordinators.Contains(move.Text.Tokens[hit.TokenIndex - 1]);

    /// <summary>"oh wow tell me a bit about how you managed that": the sentence asks the client to tell (after openers).</summary>
    private static bool AsksToTellAbout(MoveAnalysis move, CueHit hit)
    {
        var sentence = move.Text.Sentences[hit.SentenceIndex];
        for (var i = sentence.Start; i < hit.TokenIndex; i++)
        {
            if (move.Pack.RequestVerbs.Contains(move.Text.Tokens[i]))
            {
                return i + 1 < sentence.End && MoveAnalyzer.TellsMe(move.Text.Tokens[i], move.Text.Tokens[i + 1], move.Pack);
            }

            if (!move.Pack.Openers.Contains(move.Text.Tokens[i]) && !move.Pack.Backchannels.Contains(move.Text.Tokens[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"so walk me through your week": a request verb with "me" after it asks the client to tell; it orders nothing.</summary>
    private static bool AsksToTell(MoveAnalysis move, CueHit hit) =>
        hit.Phrase.Tokens.Length == 1 && hit.TokenIndex + 1 < move.Text.Tokens.Length
        && MoveAnalyzer.TellsMe(hit.Phrase.Tokens[0], move.Text.Tokens[hit.TokenIndex + 1], move.Pack);

    /// <summary>"det så vi alle sammen": "all together" counts people, it does not share the work.</summary>
    private static bool AfterQuantifier(MoveAnalysis move, CueHit hit) =>
        hit.TokenIndex > 0 && move.Pack.Quantifiers.Contains(move.Text.Tokens[hit.TokenIndex - 1]);

    /// <summary>
    /// "sammen med folk", "det er legen som avgjør det sammen med deg": "together" heading a prepositional phrase means
    /// "with", not joint work between trainee and client.
    /// </summary>
    private static bool FollowedByPreposition(MoveAnalysis move, CueHit hit)
    {
        var next = hit.TokenIndex + hit.Phrase.Tokens.Length;
        return next < move.Text.Tokens.Length && move.Pack.ClausePrepositions.Contains(move.Text.Tokens[next]);
    }

    private static bool SentenceHas(MoveAnalysis move, CueCategory category, int sentence) => HasInSentence(move, category, sentence);

    private MitiCode QuestionCode(MoveAnalysis move, bool english, List<uint>? features, out double confidence)
    {
        var s = LastQuestionSentence(move);
        var anchoredOpen = s >= 0 && OpensWithQuestionCue(move, s);
        if (s >= 0 && (move.OpenStructure[s] || move.ClosedStructure[s] || anchoredOpen || !english))
        {
            var open = move.OpenStructure[s] || anchoredOpen;
            if (move.ClosedStructure[s])
            {
                open = false;
            }

            confidence = open || move.ClosedStructure[s] ? 0.9 : 0.6;
            return open ? MitiCode.QuestionOpen : MitiCode.QuestionClosed;
        }

        var head = model?.Head(english ? FeatureSet.Lexical : FeatureSet.Transfer, ModelTask.QuestionType);
        if (head is not null && features is not null)
        {
            Span<double> p = stackalloc double[head.Classes];
            head.Predict(CollectionsMarshal.AsSpan(features), p);
            var openIndex = head.IndexOf("open");
            confidence = Math.Max(p[openIndex], 1 - p[openIndex]);
            return p[openIndex] >= 0.5 ? MitiCode.QuestionOpen : MitiCode.QuestionClosed;
        }

        confidence = 0.6;
        return MitiCode.QuestionClosed;
    }

    /// <summary>An open-question cue anchored at the start of sentence <paramref name="sentence"/> ("tell me").</summary>
    private static bool OpensWithQuestionCue(MoveAnalysis move, int sentence)
    {
        foreach (var h in move.Hits)
        {
            if (h.Category == CueCategory.OpenQuestion && h.SentenceIndex == sentence && h.Phrase.SentenceStart)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddQuestionCue(MoveAnalysis move, List<string> cues)
    {
        var s = LastQuestionSentence(move);
        if (s < 0)
        {
            return;
        }

        var sentence = move.Text.Sentences[s];
        var tokens = move.Text.Tokens;
        var opening = sentence.Length switch
        {
            <= 0 => string.Empty,
            1 => tokens[sentence.Start],
            _ => string.Concat(tokens[sentence.Start], " ", tokens[sentence.Start + 1]),
        };
        if (move.OpenStructure[s] && TrailingQuestionWord(move, sentence) is { } trailing)
        {
            cues.Add(CueTemplates.TrailingQuestionWord.Format(trailing));
        }
        else if (move.OpenStructure[s])
        {
            cues.Add(CueTemplates.OpenQuestion.Format(opening));
        }
        else if (move.ClosedStructure[s])
        {
            cues.Add(CueTemplates.ClosedOpening.Format(opening));
        }
        else if (sentence.IsQuestion)
        {
            cues.Add(CueTemplates.QuestionMark.En);
        }
    }

    /// <summary>
    /// True when the last question sentence opens (or ends) with words that make it open or closed. Not for a ruler
    /// question: trainers split on whether "på en skala fra 0 til 10, hvor viktig..." is open (our nb/da sets) or
    /// closed (AnnoMI's experts, 19 of 32), so the head, which learned each language's sets, reads it.
    /// </summary>
    private static bool TypedByForm(MoveAnalysis move) =>
        !move.MentionsScale && LastQuestionSentence(move) is var s and >= 0 && (move.OpenStructure[s] || move.ClosedStructure[s]);

    /// <summary>"in what way" of "slow in what way?": the words from a question word in the last three, when the sentence does not open like a question.</summary>
    private static string? TrailingQuestionWord(MoveAnalysis move, Sentence sentence)
    {
        var tokens = move.Text.Tokens;
        var pack = move.Pack;
        var first = tokens[sentence.Start];
        if (pack.OpenQuestionWords.Contains(first) || pack.ClosedQuestionStarters.Contains(first) || pack.Openers.Contains(first))
        {
            return null;
        }

        var k = MoveAnalyzer.TrailingQuestionWord(tokens, sentence, pack);
        return k < 0 ? null : string.Join(' ', tokens[Math.Max(sentence.Start, k - 1)..sentence.End]);
    }

    private MitiCode ReflectionCode(
        MoveAnalysis move, bool english, List<uint>? features, out double confidence, out ReflectionReasons reasons)
    {
        // The reasons become cue text only if the move is coded as a reflection (see ReflectionReasons).
        var stem = FirstOf(move, CueCategory.ReflectionStem);

        // Explicit complex forms decide: double-sided, metaphor, summary, added values, or a
        // feeling the client did not name.
        foreach (var hit in move.Hits)
        {
            var explicitComplex = hit.Category is CueCategory.DoubleSided or CueCategory.Metaphor or CueCategory.Summary
                or CueCategory.Meaning
                || (hit.Category == CueCategory.Feeling && !CueFilter.EchoesClient(move, hit) && !move.ClientHas(CueCategory.Feeling)
                    && !IsFrame(move, hit));
            if (explicitComplex && !move.QuestionSentences[hit.SentenceIndex])
            {
                reasons = new ReflectionReasons(stem, hit, null);
                confidence = 0.8;
                return MitiCode.ReflectionComplex;
            }
        }

        // Naming the feeling the client already voiced ("furious" -> "really angry") adds no meaning.
        if (MoveFacts.VoicesClientsFeeling(move))
        {
            reasons = new ReflectionReasons(stem, null, CueTemplates.VoicedFeeling.En);
            confidence = 0.7;
            return MitiCode.ReflectionSimple;
        }

        var head = model?.Head(english ? FeatureSet.Lexical : FeatureSet.Transfer, ModelTask.ReflectionComplexity);
        if (english && head is not null && features is not null)
        {
            Span<double> p = stackalloc double[head.Classes];
            head.Predict(CollectionsMarshal.AsSpan(features), p);
            var complex = p[head.IndexOf("complex")];
            confidence = Math.Max(complex, 1 - complex);
            if (complex >= 0.5)
            {
                reasons = new ReflectionReasons(stem, null, CueTemplates.BeyondWords.En);
                return MitiCode.ReflectionComplex;
            }

            reasons = new ReflectionReasons(stem, null, null);
            return MitiCode.ReflectionSimple;
        }

        // nb/da: a reflection that mostly repeats the client is simple; one that brings mostly new
        // content words adds meaning.
        if (MoveFacts.BringsNewContent(move))
        {
            reasons = new ReflectionReasons(stem, null, CueTemplates.NewContent.En);
            confidence = 0.6;
            return MitiCode.ReflectionComplex;
        }

        reasons = new ReflectionReasons(stem, null, null);
        confidence = 0.7;
        return MitiCode.ReflectionSimple;
    }

    /// <summary>"you feel you should", "you feel like you", "du føler at du": "feel" introducing a clause about the client names no feeling.</summary>
    private static bool IsFrame(MoveAnalysis move, CueHit hit)
    {
        var tokens = move.Text.Tokens;
        var i = hit.TokenIndex;
        return hit.Phrase.Tokens.Length == 1 && move.Pack.FeelingFrames.Contains(tokens[i])
            && ((i + 1 < tokens.Length && move.Pack.SecondPerson.Contains(tokens[i + 1]))
                || (i + 2 < tokens.Length && move.Pack.SecondPerson.Contains(tokens[i + 2])));
    }

    private static CueHit? FirstOf(MoveAnalysis move, CueCategory category)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == category && !move.QuestionSentences[hit.SentenceIndex])
            {
                return hit;
            }
        }

        return null;
    }

    private static int LastQuestionSentence(MoveAnalysis move) => Array.LastIndexOf(move.QuestionSentences, true);

    private static bool HasInSentence(MoveAnalysis move, CueCategory category, int sentence)
    {
        foreach (var hit in move.Hits)
        {
            if (hit.Category == category && hit.SentenceIndex == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The four AnnoMI behaviours, in the order of <see cref="ModelLabels.Behaviour"/>.</summary>
    private enum Behaviour
    {
        Question,
        Reflection,
        Input,
        Other,
    }
}
