using MiClientBot.Coding.Cues;

namespace MiClientBot.Coding.Analysis;

/// <summary>
/// Decides whether a hit really is what its phrase suggests in this move. "you should" is not a
/// directive when the trainee asks "what do you think you should do?", when the client said
/// "should" first (an echo), or when it sits inside a reflective frame ("you feel you should").
/// </summary>
internal static class CueFilter
{
    /// <summary>True when the hit sits in a real question (one that opens like a question, not a tag question).</summary>
    public static bool InRealQuestion(MoveAnalysis move, CueHit hit)
    {
        var s = hit.SentenceIndex;
        return move.QuestionSentences[s] && (move.OpenStructure[s] || move.ClosedStructure[s]);
    }

    /// <summary>
    /// True when the phrase's key word (its longest non-pronoun word) repeats a word the client
    /// used: "I know I should" -> "you know you should" reflects, it does not direct.
    /// </summary>
    public static bool EchoesClient(MoveAnalysis move, CueHit hit)
    {
        if (!move.HasClient)
        {
            return false;
        }

        var key = string.Empty;
        foreach (var word in hit.Phrase.Tokens)
        {
            var w = word.TrimEnd('*');
            // A negation is no key: "that doesn't really add up" does not echo "the cannabis doesn't affect my work".
            if (!move.Pack.CueKeyIgnored.Contains(w) && w.Length > key.Length && !move.Pack.IsNegation(w))
            {
                key = w;
            }
        }

        if (key.Length == 0)
        {
            return false;
        }

        // "I must get my weight down" -> "you have to lose some weight": the client's obligation in another modal,
        // when the sentence also hands back what the obligation is about (a content word the client used).
        // "I have to stop, I just have to" -> "you really have to stop": the modal, not the adverb beside it, makes the
        // phrase a directive, so a modal anywhere in the phrase counts.
        var modal = HasObligationModal(move, hit) && EchoesObligationContent(move, hit);
        var client = move.Client.Tokens;
        for (var j = 0; j < client.Length; j++)
        {
            var token = client[j];
            if ((token.StartsWith(key, StringComparison.Ordinal) || (token.Length >= 4 && key.StartsWith(token, StringComparison.Ordinal))
                    || (modal && move.Pack.ObligationModals.Contains(token)))
                && !InClientWhClause(move, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when what the obligation is about, after the phrase in its sentence, hands back a client word other than a
    /// modal: "I haven't got many seasons left" -> "you've got to cut the beer right down" shares only "got"; "Lad være
    /// med at 'burde' mig! ... ikke Karen!" -> "Men Karen har en pointe, og du bør lytte til hende" shares only a name
    /// before it.
    /// </summary>
    public static bool EchoesObligationContent(MoveAnalysis move, CueHit hit)
    {
        var s = move.Text.Sentences[hit.SentenceIndex];
        var after = hit.TokenIndex + hit.Phrase.Tokens.Length;
        // "But you have to see that Roger is the one getting you the pills": an obligation to see or accept a claim is
        // the trainee's argument, whatever client word the claim repeats.
        if (after < s.End && move.Pack.FrameVerbs.Contains(move.Text.Tokens[after]))
        {
            return false;
        }

        for (var i = after; i < s.End; i++)
        {
            var token = move.Text.Tokens[i];
            if (move.EchoedWords.Contains(token) && !move.Pack.ObligationModals.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the phrase holds an obligation modal ("you really have to", "du må").</summary>
    public static bool HasObligationModal(MoveAnalysis move, CueHit hit)
    {
        foreach (var word in hit.Phrase.Tokens)
        {
            if (move.Pack.ObligationModals.Contains(word.Trim('^', '$', '*')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the trainee owns the advice: the phrase names the trainee ("I'd suggest", "hvis jeg var dig")
    /// or sits after "I think / jeg synes / eg synes". Then the client having used the same word ("what would you
    /// suggest?", "jeg vet ikke hva jeg skal gjøre") does not make it an echo: the trainee is advising.
    /// </summary>
    public static bool SpeakerOwns(MoveAnalysis move, CueHit hit)
    {
        // "du skal bare sætte en alarm": a minimiser makes the modal the trainee's instruction, whatever the client said,
        // unless the client said the same "skal bare" ("Jeg skal bare tage mig sammen" -> "du skal bare ta dig sammen").
        for (var k = 0; k < hit.Phrase.Tokens.Length; k++)
        {
            var w = hit.Phrase.Tokens[k].Trim('^', '$', '*');
            if (move.Pack.Speakers.Contains(w) || (move.Pack.ClassesOf(w) & WordClasses.FirstPerson) != 0
                || (move.Pack.Minimizers.Contains(w) && !(k > 0 && ClientSaid(move, hit.Phrase.Tokens[k - 1].Trim('^'), w))))
            {
                return true;
            }
        }

        var tokens = move.Text.Tokens;
        var start = move.Text.Sentences[hit.SentenceIndex].Start;
        for (var i = hit.TokenIndex - 1; i > Math.Max(start, hit.TokenIndex - 4); i--)
        {
            if (move.Pack.FrameVerbs.Contains(tokens[i]) && SpeakerBefore(move, i, start))
            {
                return true;
            }
        }

        // "da burde du jo bare legge treningen til morgenen": the minimiser after the modal (fillers between) is the
        // trainee's instruction too, and so is a modal put first after "da/så" ("then you should"), the trainee's conclusion.
        var end = hit.TokenIndex + hit.Phrase.Tokens.Length;
        var sentenceEnd = move.Text.Sentences[hit.SentenceIndex].End;
        for (var i = end; i < Math.Min(sentenceEnd, end + 2); i++)
        {
            // "du skal slutte, bare ikke akkurat nå": after a comma the minimiser belongs to the next clause.
            if (Array.IndexOf(move.Text.ClauseStarts, i) >= 0)
            {
                break;
            }

            // "Jeg skal bare tage mig sammen" -> "du skal bare ta dig sammen": the client's own "skal bare", handed back.
            if (move.Pack.Minimizers.Contains(tokens[i]))
            {
                return !ClientSaid(move, tokens[end - 1], tokens[i]);
            }

            if (!move.Pack.Fillers.Contains(tokens[i]))
            {
                break;
            }
        }

        return hit.TokenIndex > start && move.Pack.InvertingOpeners.Contains(tokens[hit.TokenIndex - 1])
            && hit.Phrase.Tokens.Length >= 2 && move.Pack.SecondPerson.Contains(hit.Phrase.Tokens[1]);
    }

    /// <summary>Whether the client's line holds <paramref name="first"/> followed by <paramref name="second"/>.</summary>
    private static bool ClientSaid(MoveAnalysis move, string first, string second)
    {
        var client = move.Client.Tokens;
        for (var j = 0; j + 1 < client.Length; j++)
        {
            if (client[j] == first && client[j + 1] == second)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words of a question that carries advice with a minimiser after a negation and the client as
    /// subject ("can't you just", "why don't you just", "kunne du ikke bare", "hvorfor sletter du ikke
    /// bare"), or null. "isn't it just the weekends?" has no "you" before the minimiser and stays a question.
    /// </summary>
    public static string? MinimizedAdvice(MoveAnalysis move)
    {
        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            var sentence = move.Text.Sentences[s];
            if (!move.QuestionSentences[s])
            {
                continue;
            }

            for (var i = sentence.Start + 2; i < sentence.End - 1; i++)
            {
                if (!move.Pack.Minimizers.Contains(tokens[i]))
                {
                    continue;
                }

                var from = Math.Max(sentence.Start, i - 3);
                var negation = -1;
                var you = false;
                for (var k = from; k < i; k++)
                {
                    if (move.Pack.IsNegation(tokens[k]))
                    {
                        negation = negation < 0 ? k : negation;
                    }

                    you |= move.Pack.SecondPerson.Contains(tokens[k]);
                }

                if (negation >= 0 && you)
                {
                    return string.Join(' ', tokens[Math.Min(negation, i - 2)..(i + 1)]);
                }
            }
        }

        return null;
    }

    /// <summary>How many words after a suggestion a past marker without "$" may stand ("have you tried that already?").</summary>
    private const int PastMarkerReach = 4;

    /// <summary>
    /// "have you tried ... before?", "har du prøvd å slutte før?": a question about what the client has done
    /// asks about the past; without such a word "have you tried putting the phone in another room?" suggests.
    /// </summary>
    public static bool AsksAboutPast(MoveAnalysis move, CueHit hit)
    {
        // "hvorfor ikke tage en snak med ham allerede i næste uge?": a "why not" proposes; its "already" is no past.
        if (!move.QuestionSentences[hit.SentenceIndex] || move.Pack.OpenQuestionWords.Contains(hit.Phrase.Tokens[0]))
        {
            return false;
        }

        // A marker written with a closing "$" ("før$") counts only as the sentence's last word: "før" mid-sentence
        // is "before you go to bed", not "before now".
        // Only the words after the phrase: "have you ever considered patches?" names no past in "ever", it suggests.
        // A marker without "$" counts only near the phrase: "have you thought about meal prepping on Sundays so it's
        // already there when you get in" suggests; its "already" belongs to a later clause.
        var sentence = move.Text.Sentences[hit.SentenceIndex];
        var after = hit.TokenIndex + hit.Phrase.Tokens.Length;
        for (var i = after; i < sentence.End; i++)
        {
            var word = move.Text.Tokens[i];
            if ((i - after < PastMarkerReach && move.Pack.PastMarkers.Contains(word))
                || (i == sentence.End - 1 && move.Pack.PastMarkers.Contains(word + "$")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the client denied ("I don't see the problem", "jeg har ikke noe problem") and the trainee's
    /// sentence asserts without a negation ("The problem is you're poisoning yourself"): repeating the
    /// client's word to say the opposite disputes it (MITI 4.2.1 Confront), it does not reflect.
    /// </summary>
    public static bool Contradicts(MoveAnalysis move, CueHit hit)
    {
        if (!move.HasClient || !HasNegation(move.Client.Tokens, 0, move.Client.Tokens.Length, move.Pack))
        {
            return false;
        }

        var sentence = move.Text.Sentences[hit.SentenceIndex];
        return !HasNegation(move.Text.Tokens, sentence.Start, sentence.End, move.Pack);
    }

    internal static bool HasNegation(string[] tokens, int from, int to, LanguagePack pack)
    {
        for (var i = from; i < to; i++)
        {
            if (pack.IsNegation(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words around an assertion particle ("er jo ik", "må jo løbe") in a statement that does not
    /// report the client's view (no frame verb before it), or null.
    /// </summary>
    public static string? Assertion(MoveAnalysis move)
    {
        if (move.Pack.AssertionParticles.Count == 0)
        {
            return null;
        }

        var tokens = move.Text.Tokens;
        for (var s = 0; s < move.Text.Sentences.Length; s++)
        {
            if (move.QuestionSentences[s] && (move.OpenStructure[s] || move.ClosedStructure[s]))
            {
                continue;
            }

            var sentence = move.Text.Sentences[s];
            if (move.Pack.AssertionParticles.Contains(tokens[sentence.Start]))
            {
                // "jo mindre du vejer, jo hurtigere kommer du op": "jo ... jo" compares ("the less... the sooner").
                continue;
            }

            var framed = false;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                // "you told me you only have a few, but four pints a night is a lot though": a contrast ends the frame.
                framed = !move.Pack.Contrasts.Contains(tokens[i]) && (framed || move.Pack.FrameVerbs.Contains(tokens[i]));
                // "risikoen øker jo mer man drikker": "jo" before a comparative compares ("the more").
                if (!framed && i > sentence.Start && move.Pack.AssertionParticles.Contains(tokens[i])
                    && !(i + 1 < sentence.End && move.Pack.Comparatives.Contains(tokens[i + 1])))
                {
                    return string.Join(' ', tokens[(i - 1)..Math.Min(i + 2, sentence.End)]);
                }
            }
        }

        return null;
    }

    /// <summary>"I think", "I really think": a speaker before the frame verb at <paramref name="verb"/> in its sentence (from <paramref name="start"/>), fillers skipped.</summary>
    private static bool SpeakerBefore(MoveAnalysis move, int verb, int start)
    {
        var tokens = move.Text.Tokens;
        var i = verb - 1;
        while (i > start && move.Pack.Fillers.Contains(tokens[i]))
        {
            i--;
        }

        return i >= start && move.Pack.Speakers.Contains(tokens[i]);
    }

    /// <summary>
    /// "jeg ved ikke hvad jeg skal stille op": the client's modal inside a wh-clause asks what to do; it is not the
    /// client's own "should" that a trainee could hand back.
    /// </summary>
    private static bool InClientWhClause(MoveAnalysis move, int j)
    {
        var client = move.Client.Tokens;
        for (var k = Math.Max(0, j - 2); k < j; k++)
        {
            if (move.Pack.OpenQuestionWords.Contains(client[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words from the directive to the participle when "you should" / "du burde" goes on with a perfect
    /// ("you should have asked months ago", "du burde ha spurt legen"), or null: advice about what is done can
    /// no longer be taken, it blames (MITI 4.2.1 Confront). "you should have something for breakfast" still advises.
    /// </summary>
    public static string? BlamesPast(MoveAnalysis move, CueHit hit)
    {
        var tokens = move.Text.Tokens;
        var end = move.Text.Sentences[hit.SentenceIndex].End;
        var i = hit.TokenIndex + hit.Phrase.Tokens.Length;
        while (i < end && move.Pack.Fillers.Contains(tokens[i]))
        {
            i++;
        }

        // "i'd want you to have narcan in the house": the trainee's wish for the client looks ahead; it blames nothing.
        if (i + 1 >= end || !move.Pack.PerfectAuxiliaries.Contains(tokens[i]) || move.Pack.FirstPerson.Contains(hit.Phrase.Tokens[0]))
        {
            return null;
        }

        var next = tokens[i + 1];
        return move.Pack.Determiners.Contains(next) || move.Pack.Partitives.Contains(next) || char.IsDigit(next[0])
            ? null
            : string.Join(' ', tokens[hit.TokenIndex..(i + 2)]);
    }

    /// <summary>"det viser 165 over 100", "that shows 9.2": a reading, not a strength the phrase would otherwise name.</summary>
    public static bool BeforeNumber(MoveAnalysis move, CueHit hit)
    {
        var next = hit.TokenIndex + hit.Phrase.Tokens.Length;
        return next < move.Text.Sentences[hit.SentenceIndex].End && char.IsDigit(move.Text.Tokens[next][0]);
    }

    /// <summary>
    /// "selv om du ikke liker piller, ...", "even if you don't...": the clause concedes a fact about the client; it
    /// names no consequence of going on, so it warns of nothing.
    /// </summary>
    public static bool AfterConcessive(MoveAnalysis move, CueHit hit) =>
        hit.TokenIndex > move.Text.Sentences[hit.SentenceIndex].Start && move.Pack.Concessives.Contains(move.Text.Tokens[hit.TokenIndex - 1]);

    /// <summary>
    /// "so it's not that you don't care about your health, it's that...", "det er ikke fordi du er doven": a negation in
    /// the three words before the reproach denies it, a reframe. "don't tell me you don't care" (the trainee in
    /// between) still reproaches, and so does an idiom with its own negation ("det henger ikke helt på greip"): only a
    /// reproach that opens with "you/du" is denied.
    /// </summary>
    public static bool Denied(MoveAnalysis move, CueHit hit)
    {
        if (!move.Pack.SecondPerson.Contains(hit.Phrase.Tokens[0]))
        {
            return false;
        }

        var tokens = move.Text.Tokens;
        var start = move.Text.Sentences[hit.SentenceIndex].Start;
        for (var i = hit.TokenIndex - 1; i >= Math.Max(start, hit.TokenIndex - 3); i--)
        {
            if ((move.Pack.ClassesOf(tokens[i]) & WordClasses.FirstPerson) != 0)
            {
                return false;
            }

            if (move.Pack.IsNegation(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "and you're starting to wonder how much longer you can keep going like this": a cue inside a statement that opens
    /// with the client's view, however far into it, reports that view; a contrast ("but if you keep going like this...")
    /// starts the trainee's own clause.
    /// </summary>
    public static bool InOpeningView(MoveAnalysis move, CueHit hit)
    {
        if (hit.SentenceIndex != 0 || !MoveFacts.OpensWithClientsView(move))
        {
            return false;
        }

        for (var i = move.Text.Sentences[0].Start; i < hit.TokenIndex; i++)
        {
            if (move.Pack.Contrasts.Contains(move.Text.Tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a warning sits in a clause the client's fear or thought governs, however far back: "and you're also
    /// worried that if things carry on like this Jayden could end up in care" reports the client's worry; "you know that
    /// if you..." (an asserting frame) and a contrast between ("..., but you could end up...") start the trainee's own claim.
    /// </summary>
    public static bool InClientsFear(MoveAnalysis move, CueHit hit)
    {
        var tokens = move.Text.Tokens;
        var start = move.Text.Sentences[hit.SentenceIndex].Start;
        for (var i = hit.TokenIndex - 1; i >= start; i--)
        {
            if (move.Pack.Contrasts.Contains(tokens[i]))
            {
                return false;
            }

            var frame = (move.Pack.FrameVerbs.Contains(tokens[i]) && !move.Pack.AssertingFrames.Contains(tokens[i]))
                || MoveFacts.IsFeelingAt(move, i);
            if (!frame)
            {
                continue;
            }

            for (var k = i - 1; k >= Math.Max(start, i - 3); k--)
            {
                if (move.Pack.SecondPerson.Contains(tokens[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many words before advice a frame verb may stand and still report the client's view.</summary>
    private const int FrameReach = 4;

    /// <summary>
    /// The reach for a label, an autonomy or a praise phrase: "you don't see yourself as someone with a drinking problem"
    /// reports the client's view six words on. Advice keeps four unless "you" heads the frame verb: read further without
    /// it, the persuasion of AnnoMI's low-quality sessions turned into reflections (cross-validated sessions AUC 0.894 -> 0.880).
    /// </summary>
    private const int ViewFrameReach = 6;

    /// <summary>"you feel you should", "du sier du bør": the trainee is reflecting the client's own view.</summary>
    public static bool InReflectiveFrame(MoveAnalysis move, CueHit hit)
    {
        var tokens = move.Text.Tokens;
        var start = move.Text.Sentences[hit.SentenceIndex].Start;
        var advice = hit.Category is CueCategory.Directive or CueCategory.Suggestion or CueCategory.Warning;
        for (var i = hit.TokenIndex - 1; i >= Math.Max(start, hit.TokenIndex - ViewFrameReach); i--)
        {
            // "you know yourself best, but one option is...": the contrast starts the trainee's own clause.
            if (move.Pack.Contrasts.Contains(tokens[i]))
            {
                return false;
            }

            // Advice further back than FrameReach is framed only by the client's own verb: "Du tenker at det kan være
            // lurt å ta det opp", not "-feel like this is something that you need to do soon".
            if (move.Pack.FrameVerbs.Contains(tokens[i])
                && (!advice || hit.TokenIndex - i <= FrameReach || (i > start && move.Pack.SecondPerson.Contains(tokens[i - 1]))))
            {
                // "synes du selv det er fair over for dine børn...": a frame verb before its subject asks the client's
                // view (nb/da verb-first question); it reports none.
                if (move.Pack.VerbFirstQuestions && i == start && move.Pack.SecondPerson.Contains(tokens[i + 1]))
                {
                    return false;
                }

                // "I think you should" (also "I really think", nb/da verb-second "nå tror jeg du...") is the
                // trainee's own view, not a reflection; so is "I wonder whether...", two frame words in a row.
                var speakerAfter = i + 1 < hit.TokenIndex && move.Pack.Speakers.Contains(tokens[i + 1]);
                var head = i;
                while (head > start && move.Pack.FrameVerbs.Contains(tokens[head - 1]))
                {
                    head--;
                }

                return !speakerAfter && (head == start || !SpeakerBefore(move, head, start));
            }
        }

        return false;
    }

    /// <summary>
    /// True when "du skal/bør/må" sits in a clause governed by a preposition + "at" ("venter på at du skal
    /// ringe", "glad for at du må"): the verb describes, it does not direct. Speaker verbs still direct
    /// ("jeg synes at du skal" is caught as the trainee's advice before this is asked).
    /// </summary>
    public static bool InPrepositionalClause(MoveAnalysis move, CueHit hit)
    {
        var tokens = move.Text.Tokens;
        var start = move.Text.Sentences[hit.SentenceIndex].Start;
        var i = hit.TokenIndex;
        // Only a phrase that names the client as its subject ("du skal", or "du" just before "må slutte": "en preken
        // om at du må slutte") can be described by the clause; "kommer til å merke forskjell" still argues for change.
        if (!move.Pack.SecondPerson.Contains(hit.Phrase.Tokens[0].TrimStart('^')))
        {
            if (i - 1 <= start || !move.Pack.SecondPerson.Contains(tokens[i - 1]))
            {
                return false;
            }

            i--;
        }

        return i - 2 >= start && tokens[i - 1] is "at" or "å" && move.Pack.ClausePrepositions.Contains(tokens[i - 2]);
    }

    /// <summary>
    /// True when the modal sits in an embedded wh-clause: "you're tired of everyone telling you what
    /// you should do", "du er ikke sikker på hva du skal her". The clause reports what the client
    /// hears or wonders; it does not tell the client what to do (MITI 4.2.1 codes persuasion by
    /// what the clinician urges, not by modal verbs).
    /// </summary>
    public static bool InEmbeddedQuestion(MoveAnalysis move, CueHit hit)
    {
        var tokens = move.Text.Tokens;
        var start = move.Text.Sentences[hit.SentenceIndex].Start;
        var i = hit.TokenIndex;
        return i - 1 > start && move.Pack.OpenQuestionWords.Contains(tokens[i - 1]);
    }

    /// <summary>
    /// True when an opener such as "why not", "what about", "have you thought about", "hvorfor ikke" heads a
    /// question about a thing ("why not a lower number?" after a ruler, "what about your mother?", "have you
    /// thought about what you want?"), not an action ("why not try", "what about cutting down", "have you
    /// thought about patches?"): MITI codes the first as a question, the second as a suggestion (Persuade).
    /// </summary>
    public static bool OpensNounQuestion(MoveAnalysis move, CueHit hit)
    {
        if (!hit.Phrase.SentenceStart || !move.QuestionSentences[hit.SentenceIndex])
        {
            return false;
        }

        var sentence = move.Text.Sentences[hit.SentenceIndex];
        var next = hit.TokenIndex + hit.Phrase.Tokens.Length;
        if (next >= sentence.End)
        {
            return true;
        }

        // "don't you think it'd be a lot smarter to ring them?": after "be" the article opens the predicate, not a topic.
        if (move.Pack.PredicateVerbs.Contains(hit.Phrase.Tokens[^1]))
        {
            return false;
        }

        // "what if you put the blister pack next to your toothbrush?": a wh-opener with "you" and a verb after it already
        // names the client's action; the noun after it is that action's object ("why don't you" ends at "you" and is left).
        var you = Array.FindIndex(hit.Phrase.Tokens, move.Pack.SecondPerson.Contains);
        if (move.Pack.OpenQuestionWords.Contains(hit.Phrase.Tokens[0]) && you > 0 && you < hit.Phrase.Tokens.Length - 1)
        {
            return false;
        }

        var word = move.Text.Tokens[next];
        // "have you considered that the weed might be what's messing up your sleep?": "that" before a determiner or a
        // subject opens a clause, the trainee's idea put as a question (a suggestion).
        if (next + 1 < sentence.End && move.Pack.SubjectPronouns.Contains(word)
            && (move.Pack.Determiners.Contains(move.Text.Tokens[next + 1]) || move.Pack.SubjectPronouns.Contains(move.Text.Tokens[next + 1])))
        {
            return false;
        }

        // "have you thought about what you want?" / "...about it?" asks; "...about patches?" suggests, and "have you tried the
        // patches?" names a remedy whatever its article.
        var remedy = Array.Exists(hit.Phrase.Tokens, move.Pack.TrialVerbs.Contains);
        return (move.Pack.Determiners.Contains(word) && !remedy) || char.IsDigit(word[0]) || move.Pack.OpenQuestionWords.Contains(word)
            || move.Pack.SubjectPronouns.Contains(word);
    }

    /// <summary>
    /// "hvor flot!", "how brilliant": an affirmation that opens with the sentence's question word is an
    /// exclamation, even when the chat move has no punctuation to say so.
    /// </summary>
    public static bool IsExclamation(MoveAnalysis move, CueHit hit) =>
        hit.TokenIndex == move.Text.Sentences[hit.SentenceIndex].Start && move.Text.FinalTerminator != '?'
        && move.Pack.OpenQuestionWords.Contains(hit.Phrase.Tokens[0]);

    /// <summary>
    /// Keeps, of hits that lie inside a longer hit of another behaviour, only the longer ("du må gerne" over "du må",
    /// "you've been really honest with yourself" over "honest with yourself"), in a list of its own.
    /// </summary>
    public static List<CueHit> LongestAtEachStart(List<CueHit> hits)
    {
        // Each hit is judged against all the others first, so the result can be sized to fit.
        Span<bool> dominated = hits.Count <= 256 ? stackalloc bool[hits.Count] : new bool[hits.Count];
        var count = hits.Count;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            foreach (var other in hits)
            {
                // "you've been really honest with yourself" (affirm) holds "honest with yourself" (confront): the longer
                // phrase around a shorter one of another behaviour says what the words do.
                if (other.TokenIndex <= hit.TokenIndex && other.Phrase.Tokens.Length > hit.Phrase.Tokens.Length
                    && other.TokenIndex + other.Phrase.Tokens.Length >= hit.TokenIndex + hit.Phrase.Tokens.Length
                    && !Compatible(hit.Category, other.Category))
                {
                    dominated[i] = true;
                    count--;
                    break;
                }
            }
        }

        var kept = new List<CueHit>(count);
        for (var i = 0; i < hits.Count; i++)
        {
            if (!dominated[i])
            {
                kept.Add(hits[i]);
            }
        }

        return kept;
    }

    /// <summary>Descriptive categories (feeling, stems) never compete with the behaviour categories.</summary>
    private static bool Compatible(CueCategory a, CueCategory b) =>
        IsDescriptive(a) || IsDescriptive(b) || a == b;

    private static bool IsDescriptive(CueCategory c) =>
        c is CueCategory.Feeling or CueCategory.Meaning or CueCategory.DoubleSided or CueCategory.Metaphor or CueCategory.Summary
            or CueCategory.AdviceRequest or CueCategory.CheckQuestion or CueCategory.PastEvidence or CueCategory.Record;
}
