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

    private const double RoleWeight = 1.5;

    /// <summary>How near the start of a clause a person must be named to be its topic.</summary>
    private const int FrontWords = 4;

    /// <summary>The most the client's own words for its use count: a mention, not the question's point.</summary>
    private const double OwnUseCap = 2;

    /// <summary>Words a question needs before the reader calls it outside the client's life.</summary>
    private const int UnplacedWords = 6;

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
        var tokens = TopicText.Tokenize(text);
        if (tokens.Count == 0)
        {
            return text.Trim().Length == 0 ? TopicReading.None : new TopicReading(AnswerTopics.Unknown, AskKind.Open, []);
        }

        var cues = TopicCues.For(language);
        var numbers = Numbers(tokens, cues);
        var question = IsQuestion(text, tokens, cues);
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
        var (topic, score, missingRole) = Best(text, tokens, language, persona, cues);
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
            // A longer question about something the reader cannot place: an honest "what do you mean?"
            // beats an unrelated line. A short one ("What is it?", "How so?") follows the conversation.
            return new TopicReading(question && tokens.Count >= UnplacedWords ? AnswerTopics.Unknown : null, ask, numbers);
        }

        return new TopicReading(topic, ask, numbers);
    }

    private static (string? Topic, double Score, bool MissingRole) Best(
        string text, IReadOnlyList<string> tokens, Language language, Persona persona, TopicCues cues)
    {
        string? best = null;
        var bestScore = 0.0;
        var missingRole = false;
        var own = OwnCues(persona, language);
        foreach (var person in persona.People)
        {
            var score = PersonScore(text, tokens, person, cues);
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
            if (words.Any(tokens) && !persona.People.Any(p => p.Roles.Contains(role)))
            {
                missingRole = true;
            }
        }

        var borrowed = language == Language.En ? null : TopicCues.For(Language.En);
        // The client's own substances ("sobril", "pils") say the talk is about the use, not which part of it.
        var heads = ClauseStarts(text, cues);
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

            if (cues.Fallback.Contains(topic))
            {
                score *= cues.Damp;
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
        string topic, IReadOnlyList<string> tokens, ulong clauseStarts, TopicCues cues, TopicCues? borrowed, Dictionary<string, CueList> own)
    {
        var counted = 0UL;
        var score = 0.0;
        var opens = false;
        foreach (var list in ListsOf(topic, cues, borrowed, own))
        {
            score += list.Score(tokens, ref counted, clauseStarts, out var head);
            opens |= head;
        }

        return (score, opens);
    }

    private static IEnumerable<CueList> ListsOf(string topic, TopicCues cues, TopicCues? borrowed, Dictionary<string, CueList> own)
    {
        foreach (var (name, list) in cues.Topics)
        {
            if (name == topic)
            {
                yield return list;
            }
        }

        if (borrowed is not null)
        {
            foreach (var (name, list) in borrowed.Topics)
            {
                if (name == topic)
                {
                    yield return list;
                }
            }
        }

        if (own.TryGetValue(topic, out var extra))
        {
            yield return extra;
        }
    }

    /// <summary>A bit per word that opens a clause, or follows only fillers ("and", "ok so") at its start.</summary>
    private static ulong ClauseStarts(string text, TopicCues cues)
    {
        var starts = 0UL;
        var at = 0;
        foreach (var clause in TopicText.Clauses(text))
        {
            var first = 0;
            while (first < clause.Count - 1 && cues.Fillers.Contains(clause[first]))
            {
                first++;
            }

            if (at + first < 64)
            {
                starts |= 1UL << (at + first);
            }

            at += clause.Count;
        }

        return starts;
    }

    /// <summary>
    /// A name counts more than a role word; either counts more again near the start of a clause
    /// ("Emma, how is she?", "what does your wife say"), where the topic of a question usually stands,
    /// than inside a side clause ("how much when you don't have Emma").
    /// </summary>
    private static double PersonScore(string text, IReadOnlyList<string> tokens, LifePerson person, TopicCues cues)
    {
        var score = 0.0;
        foreach (var token in tokens)
        {
            if (IsName(token, person))
            {
                score = NameWeight;
            }
        }

        if (score == 0)
        {
            foreach (var role in person.Roles)
            {
                if (cues.Roles.TryGetValue(role, out var words) && words.Any(tokens))
                {
                    score = RoleWeight;
                }
            }
        }

        if (score > 0 && FrontedIn(text, person, cues))
        {
            score += cues.FrontBonus;
        }

        return score;
    }

    private static bool FrontedIn(string text, LifePerson person, TopicCues cues)
    {
        foreach (var clause in TopicText.Clauses(text))
        {
            var front = clause.Take(FrontWords).ToList();
            if (front.Any(t => IsName(t, person)) || person.Roles.Any(r => cues.Roles.TryGetValue(r, out var words) && words.Any(front)))
            {
                return true;
            }
        }

        return false;
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

    private static TopicReading? Scale(IReadOnlyList<string> tokens, List<int> numbers, TopicCues cues, string? lastScale, bool question)
    {
        var ruler = cues.Ruler.Any(tokens) || (numbers.Contains(10) && (numbers.Contains(0) || numbers.Contains(1)));
        var inTheAir = ruler || numbers.Count > 0 || lastScale is not null || cues.ScaleWords.Any(tokens);
        var lower = cues.Lower.Any(tokens) || (numbers.Count >= 2 && numbers[1] < numbers[0] && !ruler);
        var higher = !lower && (cues.Higher.Any(tokens) || (inTheAir && cues.ScaleFrames.Any(tokens))
            || (numbers.Count >= 2 && numbers[1] > numbers[0] && !ruler));
        if ((lower || higher) && (question || numbers.Count > 0) && (inTheAir || question))
        {
            return new TopicReading(lower ? AnswerTopics.ScaleLower : AnswerTopics.ScaleHigher, lower ? AskKind.ScaleLower : AskKind.ScaleHigher, numbers);
        }

        if (ruler)
        {
            var topic = cues.Confidence.Any(tokens) ? AnswerTopics.ScaleConfidence : AnswerTopics.ScaleImportance;
            return new TopicReading(topic, AskKind.Scale, numbers);
        }

        return null;
    }

    private static AskKind Ask(IReadOnlyList<string> tokens, TopicCues cues, bool question)
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
    internal static bool IsQuestion(string text, IReadOnlyList<string> tokens, TopicCues cues)
    {
        if (text.TrimEnd().EndsWith('?') || cues.Invitations.Any(tokens) || cues.Tags.Any(tokens))
        {
            return true;
        }

        foreach (var clause in TopicText.Clauses(text))
        {
            var first = 0;
            while (first < clause.Count - 1 && cues.Fillers.Contains(clause[first]))
            {
                first++;
            }

            // Verb then "du" asks only at the very start: after "så" the verb comes first in a statement too.
            if (cues.Questions.Contains(clause[first])
                || (clause.Count > 1 && cues.Subjects.Contains(clause[1]) && !cues.Subjects.Contains(clause[0]) && !cues.Fillers.Contains(clause[0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keyboard mash or a string of letters without vowels: nothing a person would say.</summary>
    private static bool IsNonsense(IReadOnlyList<string> tokens)
    {
        var odd = 0;
        foreach (var token in tokens)
        {
            if (token.All(char.IsDigit))
            {
                continue;
            }

            var vowels = token.Count(c => "aeiouyæøåéèäö".Contains(c, StringComparison.Ordinal));
            var mash = token.Length >= 4 && (ContainsRun(token) || (token.Length >= 5 && vowels * 5 < token.Length));
            if (mash || (token.Length >= 3 && vowels == 0))
            {
                odd++;
            }
        }

        return odd * 2 >= tokens.Count;
    }

    private static bool ContainsRun(string token)
    {
        string[] rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
        for (var i = 0; i + 4 <= token.Length; i++)
        {
            var part = token.Substring(i, 4);
            if (rows.Any(r => r.Contains(part, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Numbers(IReadOnlyList<string> tokens, TopicCues cues)
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
        return PersonaCues.GetValue(text, t => t.Answers
            .Where(a => a.Value.Cues.Count > 0)
            .ToDictionary(a => a.Key, a => new CueList(a.Value.Cues)));
    }
}
