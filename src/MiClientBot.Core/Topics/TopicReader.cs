using MiClientBot.Coding;
using System.Runtime.CompilerServices;
using MiClientBot.Core.Personas;

namespace MiClientBot.Core.Topics;

/// <summary>
/// Reads what a trainee's words are about - which part of the client's life, and what kind of ask -
/// beside the MITI code. Plain cue matching over per-language word lists and the persona's own
/// names and words, so it is fast, offline and explainable.
/// </summary>
public static class TopicReader
{
    /// <summary>A name is the strongest evidence; a role word ("your wife") next.</summary>
    private const double NameWeight = 2.5;

    private const string Vowels = "aeiouyæøåéèäö";

    private static readonly string[] KeyRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private const double RoleWeight = 1.5;

    /// <summary>How near the start of a clause a person must be named to be its topic.</summary>
    private const int FrontWords = 4;

    /// <summary>The most the client's own words for its use count: a mention, not the question's point.</summary>
    private const double OwnUseCap = 2;

    /// <summary>What a cue at the head of a clause adds: enough to break a tie, not to outweigh a content word.</summary>
    private const double HeadBonus = 0.5;

    /// <summary>Below this a topic found in a generic invitation is incidental ("tell me more about that").</summary>
    private const double GenericMargin = 1.5;

    private static readonly ConditionalWeakTable<PersonaText, Dictionary<string, CueList>> PersonaCues = new();

    /// <summary>Reads one trainee utterance in the context of the persona it is said to.</summary>
    /// <param name="text">The trainee's words.</param>
    /// <param name="language">The session language.</param>
    /// <param name="persona">The client, for its people and its own topic words.</param>
    /// <param name="lastScale">The ruler asked last in the session (scale.importance or scale.confidence), if any.</param>
    public static TopicReading Read(string text, Language language, Persona persona, string? lastScale = null)
    {
        var clauses = new List<int>(4);
        var tokens = new Words(TopicText.Tokenize(text, false, clauses));
        if (tokens.Count == 0)
        {
            return text.Trim().Length == 0 ? TopicReading.None : new TopicReading(AnswerTopics.Unknown, AskKind.Open, []);
        }

        var cues = TopicCues.For(language);
        var numbers = Numbers(tokens, cues);
        var question = IsQuestion(text, tokens, clauses, cues);
        if (IsNonsense(tokens))
        {
            return new TopicReading(AnswerTopics.Unknown, AskKind.Open, numbers);
        }

        if (Scale(tokens, numbers, cues, lastScale, question) is { } scale)
        {
            return scale;
        }

        if (cues.Permission.Any(tokens))
        {
            return new TopicReading(AnswerTopics.Permission, AskKind.Permission, numbers);
        }

        var ask = Ask(tokens, cues, question);
        var (topic, score, missingRole) = Best(tokens, clauses, language, persona, cues);
        if (missingRole && score <= RoleWeight)
        {
            // "Do you have a dog?" to a client without one: not in its life.
            return new TopicReading(AnswerTopics.Unknown, ask, numbers);
        }

        if (question && cues.OffTopic.Score(tokens) >= score && cues.OffTopic.Any(tokens))
        {
            return new TopicReading(AnswerTopics.Unknown, ask, numbers);
        }

        if (cues.Generic.Any(tokens) && score <= GenericMargin)
        {
            // "What else?", "How so?": an invitation to go on, answered from the state machine's own bank.
            return new TopicReading(null, ask, numbers);
        }

        if (ask is AskKind.Hypothetical or AskKind.LookingForward && topic is null or AnswerTopics.Use)
        {
            // "Imagine a year from now, cut right back - what's different?" asks for the change's good side.
            return new TopicReading("cross.change_good", ask, numbers);
        }

        if (topic is null)
        {
            // A question the reader cannot place is left to the state machine's own line about the
            // client's situation: an evocative question worded in a way no cue knows should still get
            // the client talking, not "what do you mean?". Off-topic and nonsense are caught above.
            return new TopicReading(null, ask, numbers);
        }

        return new TopicReading(topic, ask, numbers);
    }

    private static (string? Topic, double Score, bool MissingRole) Best(
        Words tokens, List<int> clauses, Language language, Persona persona, TopicCues cues)
    {
        string? best = null;
        var bestScore = 0.0;
        var missingRole = false;
        var own = OwnCues(persona, language);
        var heads = ClauseStarts(tokens, clauses, cues);
        var front = FrontWindow(tokens, clauses);
        foreach (var person in persona.People)
        {
            var score = PersonScore(tokens, front, person, cues);
            if (own.TryGetValue(person.Topic, out var words) && words.Any(tokens))
            {
                // The persona's own words for someone without a name ("morfar", "nephew").
                score = Math.Max(score, NameWeight);
            }
            if (score > bestScore)
            {
                (best, bestScore) = (person.Topic, score);
            }
        }

        foreach (var (role, words) in cues.Roles)
        {
            if (!missingRole && words.Any(tokens) && !HasRole(persona, role))
            {
                missingRole = true;
            }
        }

        var borrowed = language == Language.En ? null : TopicCues.For(Language.En);
        // The client's own substances ("sobril", "pils") say the talk is about the use, not which part of it.
        var use = TopicScore(AnswerTopics.Use, tokens, heads, cues, borrowed, own).Score
            + (own.TryGetValue("use.what", out var substances) ? substances.Score(tokens) : 0);
        foreach (var (topic, _) in cues.Topics)
        {
            if (topic == AnswerTopics.System && persona.SystemConflict is null)
            {
                continue;
            }

            var (score, head) = TopicScore(topic, tokens, heads, cues, borrowed, topic == "use.what" ? [] : own);
            if (score > 0 && cues.UseFrames.Contains(topic))
            {
                // "How much" next to the substance is surely about the use; alone it may be about anything.
                score = use > 0 ? score + 1 : score * cues.UseFrameDamp;
            }

            if (cues.LastResort.Contains(topic))
            {
                // The use in general: the client's own words for it count in full (for Ingrid "alone" is
                // the use), the language's generic ones only as a last resort.
                var generic = TopicScore(topic, tokens, heads, cues, borrowed, []).Score;
                var mine = Math.Min(OwnUseCap, own.TryGetValue(topic, out var words) ? words.Score(tokens) : 0);
                score = mine + (best is null ? generic * cues.Damp : 0);
                if (score > bestScore)
                {
                    (best, bestScore) = (topic, score);
                }

                continue;
            }

            // The bonus for standing at the head of a clause comes after any damping: it breaks ties.
            score += head && score > 0 ? HeadBonus : 0;

            if (score > bestScore)
            {
                (best, bestScore) = (topic, score);
            }
        }

        return (best, bestScore, missingRole);
    }

    /// <summary>
    /// The language's cues, the English ones (trainees mix English words into nb/da) and the persona's
    /// own, each word of the text counted once; a little more when a cue opens a clause, where the
    /// question's head stands ("how long ..., every night?" is about how long).
    /// </summary>
    private static (double Score, bool Head) TopicScore(
        string topic, Words tokens, ulong clauseStarts, TopicCues cues, TopicCues? borrowed, Dictionary<string, CueList> own)
    {
        var counted = 0UL;
        var score = 0.0;
        var opens = false;
        bool head;
        if (cues.TopicCuesOf(topic) is { } mine)
        {
            score += mine.Score(tokens, ref counted, clauseStarts, out head);
            opens |= head;
        }

        if (borrowed?.TopicCuesOf(topic) is { } english)
        {
            score += english.Score(tokens, ref counted, clauseStarts, out head);
            opens |= head;
        }

        if (own.TryGetValue(topic, out var extra))
        {
            score += extra.Score(tokens, ref counted, clauseStarts, out head);
            opens |= head;
        }

        return (score, opens);
    }

    /// <summary>A bit per word that opens a clause, or follows only fillers ("and", "ok so") at its start.</summary>
    private static ulong ClauseStarts(Words tokens, List<int> clauses, TopicCues cues)
    {
        var starts = 0UL;
        for (var c = 0; c < clauses.Count; c++)
        {
            var end = c + 1 < clauses.Count ? clauses[c + 1] : tokens.Count;
            var first = clauses[c];
            while (first < end - 1 && cues.Fillers.Contains(tokens[first]))
            {
                first++;
            }

            // "when you've had a few, do you notice anything with your sleep?": a question word followed by its subject
            // opens a side clause before the question, not the question's head (a direct question inverts: "when do you").
            var sideClause = c + 1 < clauses.Count && first + 1 < end && cues.Questions.Contains(tokens[first]) && cues.Subjects.Contains(tokens[first + 1]);
            if (first < 64 && !sideClause)
            {
                starts |= 1UL << first;
            }
        }

        return starts;
    }

    /// <summary>A bit per word in the first <see cref="FrontWords"/> words of a clause.</summary>
    private static ulong FrontWindow(Words tokens, List<int> clauses)
    {
        var window = 0UL;
        for (var c = 0; c < clauses.Count; c++)
        {
            var end = Math.Min(c + 1 < clauses.Count ? clauses[c + 1] : tokens.Count, clauses[c] + FrontWords);
            for (var i = clauses[c]; i < end && i < 64; i++)
            {
                window |= 1UL << i;
            }
        }

        return window;
    }

    private static bool HasRole(Persona persona, string role)
    {
        foreach (var person in persona.People)
        {
            if (person.Roles.Contains(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name counts more than a role word; either counts more again near the start of a clause
    /// ("Emma, how is she?", "what does your wife say"), where the topic of a question usually stands,
    /// than inside a side clause ("how much when you don't have Emma").
    /// </summary>
    private static double PersonScore(Words tokens, ulong front, LifePerson person, TopicCues cues)
    {
        var score = 0.0;
        var fronted = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsName(tokens[i], person))
            {
                score = NameWeight;
                fronted |= i < 64 && (front & (1UL << i)) != 0;
            }
        }

        foreach (var role in person.Roles)
        {
            if (cues.Roles.TryGetValue(role, out var words) && words.Any(tokens))
            {
                score = Math.Max(score, RoleWeight);
                fronted |= words.AnyAt(tokens, front);
            }
        }

        return fronted ? score + cues.FrontBonus : score;
    }

    private static bool IsName(string token, LifePerson person)
    {
        foreach (var name in person.Names)
        {
            if (token == name || (token.Length == name.Length + 1 && token.StartsWith(name, StringComparison.Ordinal) && token[^1] == 's'))
            {
                return true;
            }
        }

        return false;
    }

    private static TopicReading? Scale(Words tokens, List<int> numbers, TopicCues cues, string? lastScale, bool question)
    {
        var ruler = cues.Ruler.Any(tokens) || (numbers.Contains(10) && (numbers.Contains(0) || numbers.Contains(1)));
        // A ruler asked earlier makes "why not lower?" a follow-up, but not "it's up to you".
        var inTheAir = ruler || numbers.Count > 0 || cues.ScaleWords.Any(tokens);
        var lower = cues.Lower.Any(tokens) || (numbers.Count >= 2 && numbers[1] < numbers[0] && !ruler);
        var higher = !lower && ((cues.Higher.Any(tokens) && (inTheAir || lastScale is not null)) || (inTheAir && cues.ScaleFrames.Any(tokens))
            || (numbers.Count >= 2 && numbers[1] > numbers[0] && !ruler));
        if ((lower || higher) && (question || numbers.Count > 0) && (inTheAir || lastScale is not null || question))
        {
            return new TopicReading(lower ? AnswerTopics.ScaleLower : AnswerTopics.ScaleHigher, lower ? AskKind.ScaleLower : AskKind.ScaleHigher, numbers);
        }

        // "Og hvor sikker er du på, at du kan tage telefonen?" right after an importance ruler asks the confidence ruler.
        if (!ruler && question && lastScale is not null && cues.DegreeQuestions.Any(tokens) && cues.Confidence.Any(tokens))
        {
            return new TopicReading(AnswerTopics.ScaleConfidence, AskKind.Scale, numbers);
        }

        if (ruler)
        {
            var topic = cues.Confidence.Any(tokens) ? AnswerTopics.ScaleConfidence : AnswerTopics.ScaleImportance;
            return new TopicReading(topic, AskKind.Scale, numbers);
        }

        return null;
    }

    private static AskKind Ask(Words tokens, TopicCues cues, bool question)
    {
        if (!question)
        {
            return AskKind.Reflection;
        }

        return cues.Hypothetical.Any(tokens) ? AskKind.Hypothetical
            : cues.LookingBack.Any(tokens) ? AskKind.LookingBack
            : cues.LookingForward.Any(tokens) ? AskKind.LookingForward
            : cues.FactQuestions.Any(tokens) ? AskKind.Fact
            : AskKind.Open;
    }

    /// <summary>A question mark, "tell me", or a clause that opens with a question word or with verb then "du"/"you".</summary>
    internal static bool IsQuestion(string text, Words tokens, List<int> clauses, TopicCues cues)
    {
        if (text.TrimEnd().EndsWith('?') || cues.Invitations.Any(tokens) || cues.Tags.Any(tokens))
        {
            return true;
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            var start = clauses[c];
            var end = c + 1 < clauses.Count ? clauses[c + 1] : tokens.Count;
            var first = start;
            while (first < end - 1 && cues.Fillers.Contains(tokens[first]))
            {
                first++;
            }

            // Verb then "du" asks only at the very start: after "så" the verb comes first in a statement too.
            if (cues.Questions.Contains(tokens[first])
                || (end - start > 1 && cues.Subjects.Contains(tokens[start + 1]) && !cues.Subjects.Contains(tokens[start]) && !cues.Fillers.Contains(tokens[start])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keyboard mash or a string of letters without vowels: nothing a person would say.</summary>
    private static bool IsNonsense(Words tokens)
    {
        var odd = 0;
        foreach (var token in tokens)
        {
            var vowels = 0;
            var digits = 0;
            foreach (var c in token)
            {
                vowels += Vowels.Contains(c, StringComparison.Ordinal) ? 1 : 0;
                digits += char.IsDigit(c) ? 1 : 0;
            }

            if (digits == token.Length)
            {
                continue;
            }

            var mash = token.Length >= 4 && (ContainsRun(token) || (token.Length >= 5 && vowels * 5 < token.Length));
            if (mash || (token.Length >= 3 && vowels == 0))
            {
                odd++;
            }
        }

        return odd * 2 >= tokens.Count;
    }

    /// <summary>Four letters in a row of the keyboard ("asdf", "hjkl").</summary>
    private static bool ContainsRun(string token)
    {
        for (var i = 0; i + 4 <= token.Length; i++)
        {
            var part = token.AsSpan(i, 4);
            if (KeyRows[0].AsSpan().IndexOf(part) >= 0 || KeyRows[1].AsSpan().IndexOf(part) >= 0 || KeyRows[2].AsSpan().IndexOf(part) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Numbers(Words tokens, TopicCues cues)
    {
        var numbers = new List<int>();
        foreach (var token in tokens)
        {
            if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 10)
            {
                numbers.Add(n);
            }
            else if (cues.Numbers.TryGetValue(token, out var word))
            {
                numbers.Add(word);
            }
        }

        return numbers;
    }

    private static Dictionary<string, CueList> OwnCues(Persona persona, Language language)
    {
        if (!persona.Speaks(language))
        {
            return [];
        }

        var text = persona.Text(language);
        return PersonaCues.GetValue(text, t =>
        {
            var lists = t.Answers.Where(a => a.Value.Cues.Count > 0).ToDictionary(a => a.Key, a => new CueList(a.Value.Cues));
            _ = new CueIndex(lists.Values);
            return lists;
        });
    }
}
