using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Analysis;

/// <summary>Builds a <see cref="MoveAnalysis"/>: the one pass over the text that everything else reads.</summary>
internal static class MoveAnalyzer
{
    /// <summary>Words this short are too common to count as echoing the client.</summary>
    private const int MinContentLength = 3;

    /// <summary>Inflected forms ("drinking"/"drink", "maser"/"masing") share a prefix this long.</summary>
    private const int StemLength = 5;

    /// <summary>A thread's set of the words seen so far in a move; it never leaves <see cref="Overlap"/>.</summary>
    [ThreadStatic]
    private static HashSet<string>? t_seen;

    /// <summary>A thread's list for the raw cue hits; only the filtered ones are kept.</summary>
    [ThreadStatic]
    private static List<CueHit>? t_hits;

    public static MoveAnalysis Analyze(TokenizedText text, TokenizedText client, LanguagePack pack) =>
        Analyze(text, ClientLine.Read(client, pack), pack);

    /// <summary>
    /// Analyses a move with <paramref name="pack"/>'s word classes; <paramref name="switchedInto"/>, when
    /// given, adds the cues of the other language family the trainee switched into mid-move; <paramref name="switched"/>
    /// says the move is read in another language than the session's.
    /// </summary>
    public static MoveAnalysis Analyze(
        TokenizedText text, ClientLine client, LanguagePack pack, LanguagePack? switchedInto = null, bool switched = false)
    {
        var found = t_hits ??= new List<CueHit>(32);
        found.Clear();
        pack.Lexicon.Scan(text, found);
        switchedInto?.Lexicon.Scan(text, found);
        var hits = CueFilter.LongestAtEachStart(found);
        var sentences = text.Sentences;
        var question = new bool[sentences.Length];
        var open = new bool[sentences.Length];
        var closed = new bool[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var indirect = IndirectQuestion(text.Tokens, sentences[s], pack);
            var (isOpen, isClosed) = indirect.Open || indirect.Closed ? indirect : Structure(text.Tokens, sentences[s], pack);
            if (!isOpen && !isClosed && s == sentences.Length - 1)
            {
                // "ok so a three, what makes it a three": the last clause after a comma asks, or the one before a short
                // tail ("..., hvor mange bliver det egentlig til, sådan ca"). Not "so, what you're saying is". Any clause
                // further in cost AnnoMI's open/closed split 0.006: spoken turns hold "what" clauses that ask nothing.
                var clauses = text.ClauseStarts;
                if (clauses.Length > 0)
                {
                    (isOpen, isClosed) = ClauseAsks(text, sentences[s], clauses[^1], pack, true);
                    if (!isOpen && !isClosed && clauses.Length > 1 && sentences[s].End - clauses[^1] <= QuestionTailTokens)
                    {
                        (isOpen, isClosed) = ClauseAsks(text, sentences[s], clauses[^2], pack, false);
                    }
                }

                var afterRange = isOpen || isClosed ? -1 : AfterRulerRange(text, sentences[s]);
                if (afterRange > 0)
                {
                    (isOpen, isClosed) = ClauseAsks(text, sentences[s], afterRange, pack, true);
                }

                if (!isOpen && !isClosed && sentences[s].Terminator == '\0' && InnerQuestionWord(text, sentences[s], pack) is var inner and > 0)
                {
                    // "ok en 6'er hvorfor er det en 6'er og ikke en 3'er", "ok fedt hvordan ser planen ud for fredag": typed
                    // without commas or '?', the question starts where a question word is followed by its verb.
                    (isOpen, isClosed) = ClauseAsks(text, sentences[s], inner, pack, true);
                }
            }

            if (isOpen && s == sentences.Length - 1 && OffersChoice(text, sentences[s], pack))
            {
                // "when does that happen more, mornings or evenings", "which one would you stick with, walking or swimming":
                // the options named after the question make it a choice between them (closed).
                (isOpen, isClosed) = (false, true);
            }

            open[s] = isOpen;
            closed[s] = isClosed;

            // Chat moves often drop the '?': a sentence that ends the text unpunctuated (or breaks
            // off) and opens like a question is read as one. "What do you think." stays a statement.
            question[s] = sentences[s].IsQuestion || indirect.Open || indirect.Closed
                || ((isOpen || isClosed) && sentences[s].Terminator is '\0' or '-')
                || (isOpen && (pack.RequestWords.Contains(text.Tokens[sentences[s].Start])
                    || (sentences[s].Length > 1 && TellsMe(text.Tokens[sentences[s].Start], text.Tokens[sentences[s].Start + 1], pack))));
        }

        var scale = AsksForRulerNumber(text, question, open, closed, pack);
        var (echoed, content) = Overlap(text, client, pack);
        return new MoveAnalysis
        {
            Pack = pack,
            Text = text,
            ClientLine = client,
            Hits = hits,
            QuestionSentences = question,
            OpenStructure = open,
            ClosedStructure = closed,
            EchoedWords = echoed,
            ContentWords = content,
            SwitchedLanguage = switched || switchedInto is not null,
            MentionsScale = scale,
        };
    }

    /// <summary>True when the sentence's last clause after a comma is a short list of options joined by "or" (not numbers).</summary>
    private static bool OffersChoice(TokenizedText text, Sentence sentence, LanguagePack pack)
    {
        var clause = text.LastClauseStart;
        if (clause <= sentence.Start || clause >= sentence.End || sentence.End - clause > ChoiceTokens)
        {
            return false;
        }

        // "hvad skulle der til for at du kom lidt højere op, måske en 7 eller 8?": numbers only illustrate a ruler's answer.
        var choice = false;
        for (var k = clause; k < sentence.End; k++)
        {
            if (char.IsDigit(text.Tokens[k][0]))
            {
                return false;
            }

            choice |= k > clause && k < sentence.End - 1 && pack.ChoiceWords.Contains(text.Tokens[k]);
        }

        return choice;
    }

    /// <summary>At most this many words name the options ("cut down or stop completely").</summary>
    private const int ChoiceTokens = 5;

    /// <summary>
    /// The first question word inside the sentence (not its first word) that a question's inverted order follows: an
    /// auxiliary and then its subject, at most one word between ("hvorfor er det", "hvad kunne du", "hvordan ser planen
    /// ud", "hvor vigtigt er det", "how much do you"), or -1. An embedded clause keeps the subject first ("hvor meget du
    /// spiller", "what fits your life", "hvad der passer").
    /// </summary>
    private static int InnerQuestionWord(TokenizedText text, Sentence sentence, LanguagePack pack)
    {
        var tokens = text.Tokens;
        for (var k = sentence.Start + 1; k < sentence.End - 2; k++)
        {
            if (pack.OpenQuestionWords.Contains(tokens[k]) && !pack.RequestWords.Contains(tokens[k]))
            {
                var between = tokens[k + 1];

                // "if you could change one thing what would make the most sense to you": after a hypothetical the question
                // word may be the subject of its modal; elsewhere "what would help is..." and "you know what would help" state.
                if (pack.RequestModals.Contains(between) && pack.Hypotheticals.Contains(tokens[FirstWord(tokens, sentence, pack)]))
                {
                    return k;
                }
                // "if you did decide on detox whats the very first thing you'd do": "what's" holds its verb.
                if (tokens[k].EndsWith("'s", StringComparison.Ordinal) && (pack.Determiners.Contains(between) || pack.SubjectPronouns.Contains(between)))
                {
                    return k;
                }

                // "hvordan leveren har det" keeps its subject first: a noun between is no adverb ("hvor meget", "how much").
                // After a fact word its noun may come too ("hvor mange enheter var det", "how many units do you").
                var fact = pack.SpecificFactWords.Contains(between);
                var adverbBetween = k + 3 < sentence.End && !pack.SubjectPronouns.Contains(between) && !pack.Relatives.Contains(between)
                    && (!EndsLikeNoun(between, pack) || fact);
                var factNounBetween = fact && k + 4 < sentence.End && !pack.SubjectPronouns.Contains(tokens[k + 2]);
                return Inverted(k + 1) || (adverbBetween && Inverted(k + 2)) || (factNounBetween && Inverted(k + 3)) ? k : -1;
            }
        }

        return -1;

        // "hvad rygning gør, det er ikke viden": a comma between the verb and "det" ends the clause.
        bool Inverted(int verb) => pack.ClosedQuestionStarters.Contains(tokens[verb])
            && (pack.SubjectPronouns.Contains(tokens[verb + 1]) || EndsLikeNoun(tokens[verb + 1], pack))
            && Array.IndexOf(text.ClauseStarts, verb + 1) < 0;
    }

    /// <summary>
    /// "I'm curious whether you've ever tried to stop before.", "I'm wondering what that's been like for you.", "jeg lurer på
    /// hva du tenker": a stem of wondering before a question word (open) or "whether / om" (closed) asks, '.' or not.
    /// </summary>
    private static (bool Open, bool Closed) IndirectQuestion(string[] tokens, Sentence sentence, LanguagePack pack)
    {
        // "..., men jeg lurer på hva som skjedde egentlig den gangen": the stem asks wherever the trainee's "I" says it.
        for (var i = sentence.Start; i < sentence.End - 2; i++)
        {
            foreach (var stem in pack.IndirectQuestionStems)
            {
                var link = i + stem.Length;
                if (link + 1 >= sentence.End || !TokenRuns.At(tokens, i, sentence.End, stem))
                {
                    continue;
                }

                // "I wonder if it might help to..." and "if you'd consider" put a suggestion; "whether you've ever tried" asks.
                var asksClient = pack.SecondPerson.Contains(tokens[link + 1]) && !tokens[link + 1].EndsWith("'d", StringComparison.Ordinal)
                    && (link + 2 >= sentence.End || !pack.RequestModals.Contains(tokens[link + 2]));
                return (pack.OpenQuestionWords.Contains(tokens[link]) && !pack.RequestWords.Contains(tokens[link]),
                    pack.IndirectQuestionLinks.Contains(tokens[link]) && asksClient);
            }
        }

        return (false, false);
    }

    /// <summary>"you", "we'll", "you're": a subject pronoun, also contracted with its auxiliary.</summary>
    private static bool IsPronounSubject(string word, LanguagePack pack) =>
        pack.SubjectPronouns.Contains(word)
        || (word.Contains('\'') && (pack.FirstPerson.Contains(word) || pack.FirstPersonPlural.Contains(word) || pack.SecondPerson.Contains(word)
            || pack.SubjectPronouns.Contains(word[..word.IndexOf('\'')])));

    /// <summary>
    /// "what goes on the plate is your choice", "hva som skjer videre er opp til deg": the question word is the subject of
    /// a finite verb (no auxiliary, no subject after it), and a copula later, after a word that is no pronoun ("what
    /// happens when he is drunk" keeps asking), makes the clause the subject of a statement.
    /// </summary>
    private static bool AsksNothingOfItsVerb(string[] tokens, Sentence sentence, int wh, LanguagePack pack)
    {
        var verb = wh + 1;
        if (verb + 2 >= sentence.End || pack.ClosedQuestionStarters.Contains(tokens[verb]) || pack.Copulas.Contains(tokens[verb])
            || !EndsLikeVerb(tokens[verb], pack) || IsPronounSubject(tokens[verb + 1], pack))
        {
            return false;
        }

        for (var k = verb + 2; k < sentence.End; k++)
        {
            if (pack.Copulas.Contains(tokens[k]))
            {
                return !IsPronounSubject(tokens[k - 1], pack);
            }
        }

        return false;
    }

    /// <summary>The sentence's first word that is no opener ("so", "ok", "så").</summary>
    internal static int FirstWord(string[] tokens, Sentence sentence, LanguagePack pack)
    {
        var i = sentence.Start;
        while (i < sentence.End - 1 && pack.Openers.Contains(tokens[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether a sentence opens like an open or a closed question (the client's unpunctuated question).</summary>
    public static bool OpensLikeQuestion(string[] tokens, Sentence sentence, LanguagePack pack) =>
        Structure(tokens, sentence, pack) is (true, _) or (_, true);

    private static bool HasAny(string[] tokens, Sentence sentence, int from, HashSet<string> words) =>
        TokenRuns.AnyIn(tokens, from, sentence.End, words);

    /// <summary>Whether a sentence opens like an open or a closed question, skipping "so", "and", "okay".</summary>
    private static (bool Open, bool Closed) Structure(string[] tokens, Sentence sentence, LanguagePack pack)
    {
        var i = FirstWord(tokens, sentence, pack);
        if (i >= sentence.End)
        {
            return (false, false);
        }

        var first = tokens[i];
        var next = i + 1 < sentence.End ? tokens[i + 1] : string.Empty;
        // "when and how you tell her is up to you": two question words with one word between them head one clause.
        // "how much you drink is up to you", "how far you take it is your decision": a fact word between them too.
        var subject = i + 3 < sentence.End && pack.OpenQuestionWords.Contains(tokens[i + 2]) ? i + 3
            : i + 2 < sentence.End && pack.SpecificFactWords.Contains(next) ? i + 2 : i + 1;
        if (pack.OpenQuestionWords.Contains(first) && !pack.RequestWords.Contains(first) && !sentence.IsQuestion && subject < sentence.End
            && (IsPronounSubject(tokens[subject], pack) || AsksNothingOfItsVerb(tokens, sentence, i, pack))
            && HasAny(tokens, sentence, subject + 1, pack.Copulas))
        {
            // "what you do about your drinking is up to you", "hva du gjør er opp til deg", "what we'll do is get you...": a
            // wh-clause as the subject of "is" states; "how you feeling about it" (no "is") still asks, and so does a request
            // ("fortæl mig hvordan det gik fra sjov til det, det er nu").
            return (false, false);
        }

        if (pack.VerbFirstQuestions && pack.OpenQuestionWords.Contains(first) && !pack.RequestWords.Contains(first) && !sentence.IsQuestion
            && (pack.SubjectPronouns.Contains(next) || pack.Quantifiers.Contains(next)) && i + 2 < sentence.End)
        {
            // nb/da put the verb before the subject in a direct question ("hvorfor drikker du?"); without '?', a question word
            // followed by its subject opens a clause ("nu hvor du spørger, så ville jeg...", "hvor du bor er ikke vigtigt",
            // "men når alle maser blir det vanskeligere").
            return (false, false);
        }

        if (pack.OpenQuestionWords.Contains(first) && pack.Subordinators.Contains(first)
            && (IsPronounSubject(next, pack) || EndsLikeNoun(next, pack)))
        {
            // "når du har noe å gjøre på dagen, trenger du...", "when you drink you feel...": a time clause, not a question;
            // in English an inverted auxiliary after it ("when you're covering for them are you still finishing on time")
            // is the main clause asking (nb/da invert after any fronted clause).
            return pack.VerbFirstQuestions ? (false, false) : InvertsLater(tokens, sentence, i + 2, pack);
        }

        if (pack.OpenQuestionWords.Contains(first) || TellsMe(first, next, pack))
        {
            // "how many", "hvor mye", "hvor lang tid": a specific-fact question is closed; so is "when... last" ("hvornår
            // røg du sidst?", "when did you last have your eyes screened?"), which asks for a date.
            var closedFact = pack.SpecificFactWords.Contains(next)
                || (pack.TimeQuestionWords.Contains(first) && HasAny(tokens, sentence, i + 1, pack.LastWords));
            return (!closedFact, closedFact);
        }

        if (sentence.Length >= MinTailedQuestionTokens && IsTagged(tokens, sentence, pack))
        {
            // "så sluttdato blir første august eller": a statement left open on "eller" asks which.
            return (false, true);
        }

        // "så vil jeg foreslå", "så skal du ringe", "da bør du": after a fronted adverb the verb comes second in a statement.
        var afterInvertingOpener = i > sentence.Start && pack.InvertingOpeners.Contains(tokens[i - 1]);
        if (afterInvertingOpener)
        {
            return (false, false);
        }

        if (pack.ClosedQuestionStarters.Contains(first) && pack.SubjectPronouns.Contains(next) && !IsConditional(tokens, sentence, i, pack))
        {
            // "can you tell me about a normal day?", "kan du fortelle litt om...": a request in yes/no form invites the story.
            return pack.SecondPerson.Contains(next) && pack.RequestModals.Contains(first) && RequestsStory(tokens, sentence, i + 2, pack) ? (true, false) : (false, true);
        }

        if (pack.ClosedQuestionStarters.Contains(first) && !pack.IsNegation(first) && pack.QuestionSubjectDeterminers.Contains(next)
            && i + 2 < sentence.End && !IsConditional(tokens, sentence, i, pack))
        {
            // "har din kone nogensinde sagt...", "er dine venner...", "was the couple like 2 or more like 4": the verb
            // before "your X" / "the X" asks, '?' or not ("so now isn't the right time" hands a view back).
            return (false, true);
        }

        if (pack.VerbFirstQuestions && next.Length > 0 && !pack.NonVerbStarters.Contains(first) && !EndsLikeNoun(first, pack)
            && (sentence.IsQuestion || EndsLikeVerb(first, pack))
            && !pack.Backchannels.Contains(first) && pack.SubjectPronouns.Contains(next) && next is not ("det" or "den" or "dette")
            && !IsConditional(tokens, sentence, i, pack))
        {
            // "Drikker du mye", "Savner du henne": any verb before the subject makes a yes/no question.
            return (false, true);
        }

        if (pack.SecondPerson.Contains(first) && pack.ElidedQuestionWords.Contains(next))
        {
            // "you ever been to a meeting": chat drops the auxiliary of "have you ever...", and the question stays closed.
            return (false, true);
        }

        return (AsksAtEnd(tokens, sentence, pack), false);
    }

    /// <summary>
    /// The structure of a main clause after a time clause: an auxiliary followed by its subject pronoun ("are you",
    /// "do you") from <paramref name="from"/> on asks, open when a question word came before it ("what do you hope").
    /// </summary>
    private static (bool Open, bool Closed) InvertsLater(string[] tokens, Sentence sentence, int from, LanguagePack pack)
    {
        var wh = false;
        for (var k = from; k < sentence.End - 1; k++)
        {
            wh |= pack.OpenQuestionWords.Contains(tokens[k]);
            if (pack.ClosedQuestionStarters.Contains(tokens[k]) && pack.SubjectPronouns.Contains(tokens[k + 1]))
            {
                return (wh, !wh);
            }
        }

        return (false, false);
    }

    /// <summary>
    /// "...eller?", "...eller hva?": a statement closed by a question tail, which asks only whether it holds. True also
    /// for the tail followed by a question word, which is still the tag and not an open question.
    /// </summary>
    internal static bool IsTagged(string[] tokens, Sentence sentence, LanguagePack pack) =>
        pack.QuestionTails.Contains(tokens[sentence.End - 1])
        || (sentence.Length > 2 && pack.OpenQuestionWords.Contains(tokens[sentence.End - 1]) && pack.QuestionTails.Contains(tokens[sentence.End - 2]));

    /// <summary>A bare "or?" or "eller hva" is a tag of its own, not a statement left open.</summary>
    private const int MinTailedQuestionTokens = 3;

    /// <summary>
    /// "on a scale from 0 to 10, how important is it?", "where would you put yourself on that scale?": a question
    /// at or after the ruler's scale asks for a number, which MITI codes as closed (AnnoMI's experts mostly agree:
    /// 19 of 32 labels). The follow-up ("why a 4 and not a 2?") names no scale and stays open. True when the move
    /// names a scale or asks after a ruler's range ("on 0-10 how confident are you").
    /// </summary>
    private static bool AsksForRulerNumber(TokenizedText text, bool[] question, bool[] open, bool[] closed, LanguagePack pack)
    {
        for (var s = 0; s < text.Sentences.Length; s++)
        {
            var sentence = text.Sentences[s];
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (!pack.ScaleWords.Contains(text.Tokens[i]) && !(i == sentence.Start && question[s] && AfterRulerRange(text, sentence) > 0))
                {
                    continue;
                }

                for (var q = s; q < text.Sentences.Length; q++)
                {
                    if (question[q] && open[q])
                    {
                        (open[q], closed[q]) = (false, true);
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "on 0-10 how confident are u", "på en skala fra 0 til 10 hvor viktig er det": typed without a comma, the word
    /// after the scale's range ("0-10", "1 to 10") opens the question; a lone number ("10 a day when you") opens none.
    /// The token after the range's last number, or -1.
    /// </summary>
    private static int AfterRulerRange(TokenizedText text, Sentence sentence)
    {
        for (var i = sentence.Start; i < sentence.End - 1; i++)
        {
            var token = text.Tokens[i];
            if (!char.IsDigit(token[0]))
            {
                continue;
            }

            // A ruler runs from 0 or 1 ("0-10", "1 to 10"); "from 20 to 10 a day" is no scale.
            var dash = token.IndexOf('-', StringComparison.Ordinal);
            var from = dash > 0 ? token[..dash] : i - 2 >= sentence.Start ? text.Tokens[i - 2] : string.Empty;
            if (from is "0" or "1")
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// nb/da: without a '?' only a word that looks like a finite verb ("drikker", "røykte") opens a yes/no question;
    /// "sist du var her var det 135 over 85" opens with an adverb and states.
    /// </summary>
    private static bool EndsLikeVerb(string word, LanguagePack pack) => EndsWithAny(word, pack.VerbEndings, 0);

    private static bool EndsLikeNoun(string word, LanguagePack pack) => EndsWithAny(word, pack.NounEndings, 3);

    /// <summary>True when <paramref name="word"/> ends in one of <paramref name="endings"/> with at least <paramref name="stem"/> letters before it.</summary>
    private static bool EndsWithAny(string word, IReadOnlyList<string> endings, int stem)
    {
        foreach (var ending in endings)
        {
            if (word.Length >= ending.Length + stem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "walk me through your day", "talk me through what happened": a request verb with "me" after it asks the client to
    /// tell, as "tell me" does; "walk to the shop" stays an imperative.
    /// </summary>
    internal static bool TellsMe(string first, string next, LanguagePack pack) =>
        pack.RequestVerbs.Contains(first) && pack.FirstPerson.Contains(next);

    /// <summary>"can you (maybe) tell", "kan du (litt) beskrive": the request verb after the subject, fillers skipped.</summary>
    private static bool RequestsStory(string[] tokens, Sentence sentence, int from, LanguagePack pack)
    {
        var k = from;
        while (k < sentence.End && pack.Fillers.Contains(tokens[k]))
        {
            k++;
        }

        return k < sentence.End && pack.RequestVerbs.Contains(tokens[k]);
    }

    /// <summary>
    /// "slow in what way?", "treg på hvilken måte?", "and then what?": a question that puts its question word
    /// at the end still asks openly (unless it asks for a number: "you drink how much?").
    /// </summary>
    private static bool AsksAtEnd(string[] tokens, Sentence sentence, LanguagePack pack)
    {
        if (!sentence.IsQuestion)
        {
            return false;
        }

        var k = TrailingQuestionWord(tokens, sentence, pack);
        return k >= 0 && !pack.RequestWords.Contains(tokens[k]) && (k + 1 >= sentence.End || !pack.SpecificFactWords.Contains(tokens[k + 1]));
    }

    /// <summary>Where a question word stands among the sentence's last three words (not its first), or -1: "slow in what way?".</summary>
    internal static int TrailingQuestionWord(string[] tokens, Sentence sentence, LanguagePack pack)
    {
        for (var k = Math.Max(sentence.Start + 1, sentence.End - 3); k < sentence.End; k++)
        {
            if (pack.OpenQuestionWords.Contains(tokens[k]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"sådan ca", "roughly", "or so": a tail this short after a question clause leaves it a question.</summary>
    private const int QuestionTailTokens = 3;

    /// <summary>The open/closed structure of the clause at <paramref name="start"/> if it opens with a question word and an inverted verb.</summary>
    private static (bool Open, bool Closed) ClauseAsks(TokenizedText text, Sentence sentence, int start, LanguagePack pack, bool last)
    {
        if (start <= sentence.Start || pack.Relatives.Contains(text.Tokens[start]))
        {
            return (false, false);
        }

        var structure = Structure(text.Tokens, sentence with { Start = start, Length = sentence.End - start }, pack);
        // "aha, og hva tenker du selv om det": openers before the question word do not hide it.
        var head = start;
        while (head < sentence.End - 1 && pack.Openers.Contains(text.Tokens[head]))
        {
            head++;
        }

        var next = head + 1 < sentence.End ? text.Tokens[head + 1] : string.Empty;
        // Inside the sentence "når/when" opens a time clause that the main clause follows ("og når andre legger en plan
        // på bordet, kjennes det..."); only the last clause may be a "when" question.
        return !pack.OpenQuestionWords.Contains(text.Tokens[head]) || pack.SubjectPronouns.Contains(next)
            || (!last && pack.Subordinators.Contains(text.Tokens[head])) ? (false, false) : structure;
    }

    /// <summary>
    /// nb/da "Fortsætter du med de kure, så er det...": verb-first followed later by "så" is a conditional clause
    /// and its main clause, a statement (a question ends there without "så").
    /// </summary>
    private static bool IsConditional(string[] tokens, Sentence sentence, int first, LanguagePack pack)
    {
        for (var k = first + 3; k < sentence.End - 1; k++)
        {
            // "mærker du noget af at ryge så meget": "så" before a degree word ("så meget", "så lenge") is no link.
            if (pack.ConditionalLinks.Contains(tokens[k]) && !pack.SpecificFactWords.Contains(tokens[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words long enough and not a function word: the ones that can echo the client.</summary>
    public static bool IsContentWord(string token, LanguagePack pack) =>
        token.Length >= MinContentLength && !pack.Stopwords.Contains(token);

    private static (List<string> Echoed, int Content) Overlap(TokenizedText text, ClientLine client, LanguagePack pack)
    {
        var echoed = new List<string>(4);
        var content = 0;
        if (text.IsEmpty)
        {
            return (echoed, 0);
        }

        var seen = t_seen ??= new HashSet<string>(StringComparer.Ordinal);
        seen.Clear();
        foreach (var token in text.Tokens)
        {
            if (!IsContentWord(token, pack) || !seen.Add(token))
            {
                continue;
            }

            content++;
            if (ClientUses(client.ContentWords, token))
            {
                echoed.Add(token);
            }
        }

        return (echoed, content);
    }

    private static bool ClientUses(string[] clientWords, string word)
    {
        foreach (var token in clientWords)
        {
            if (string.Equals(token, word, StringComparison.Ordinal))
            {
                return true;
            }

            // Same stem: both at least StemLength long and sharing the first StemLength letters.
            if (token.Length >= StemLength && word.Length >= StemLength
                && token.AsSpan(0, StemLength).SequenceEqual(word.AsSpan(0, StemLength)))
            {
                return true;
            }
        }

        return false;
    }
}
