using MiClientBot.Coding;
using System.Text;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Topics;

namespace MiClientBot.Core.Voice;

/// <summary>
/// Decides whether a model's words may stand in for the scripted line: the session's language, the
/// length, the client's part (not the helper's), no change talk or commitment the state machine did
/// not choose, and nothing that contradicts the persona's facts. Cues the scripted line itself has are
/// allowed: they are the persona's own words.
/// </summary>
internal static class VoiceGuard
{
    private static readonly Language[] Languages = [Language.En, Language.Nb, Language.Da];

    /// <summary>Kinds that may voice commitment, plans and steps toward the change.</summary>
    private static readonly HashSet<ReplyKind> Mobilising =
        [ReplyKind.ChangeCommitment, ReplyKind.ChangeActivation, ReplyKind.ChangeTakingSteps, ReplyKind.Planning, ReplyKind.Committing];

    /// <summary>The words to say and <see cref="VoiceOutcome.Used"/>, or why they may not be used.</summary>
    public static (VoiceOutcome Outcome, string Text) Check(string? raw, PhraseRequest request, VoiceFacts facts)
    {
        var text = Clean(raw, request.PersonaName);
        if (text.Length == 0)
        {
            return (VoiceOutcome.Malformed, text);
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > request.MaxWords || text.Length > request.MaxWords * 12)
        {
            return (VoiceOutcome.TooLong, text);
        }

        var tokens = TopicText.Tokenize(text);
        var own = VoiceWords.For(request.Language);
        var example = TopicText.Tokenize(request.Example);
        if (Any(own.Refusal, tokens, example, null) || (request.Language != Language.En && Any(VoiceWords.For(Language.En).Refusal, tokens, example, null)))
        {
            return (VoiceOutcome.Refused, text);
        }

        if (!InLanguage(tokens, request.Language, words))
        {
            return (VoiceOutcome.WrongLanguage, text);
        }

        if (Any(own.Advice, tokens, example, null) || Any(own.Feelings, tokens, example, null) || Any(own.Helper, tokens, example, null))
        {
            return (VoiceOutcome.OutOfCharacter, text);
        }

        var commitment = !Mobilising.Contains(request.Kind) && Any(own.Commitment, tokens, example, own.Negations);
        var change = request.Talk != Talk.Change && Any(own.Change, tokens, example, own.Negations);
        if (commitment || change)
        {
            return (VoiceOutcome.UnchosenChange, text);
        }

        return Contradicts(text, tokens, own, facts) ? (VoiceOutcome.ContradictsFact, text) : (VoiceOutcome.Used, text);
    }

    /// <summary>
    /// Function words decide: against a sibling (Norwegian, Danish) only the words one of them has count;
    /// against English, the words both have count too. The session's language must lead, and a longer
    /// reply with none of its words is not trusted.
    /// </summary>
    internal static bool InLanguage(IReadOnlyList<string> tokens, Language language, int words)
    {
        var own = VoiceWords.For(language);
        var ownDistinct = tokens.Count(own.Distinctive.Contains);
        var ownScore = ownDistinct + tokens.Count(own.Shared.Contains);
        foreach (var other in Languages)
        {
            if (other == language)
            {
                continue;
            }

            var them = VoiceWords.For(other);
            var distinct = tokens.Count(them.Distinctive.Contains);
            var beaten = other == own.Sibling
                ? distinct > 0 && distinct >= ownDistinct
                : distinct + tokens.Count(them.Shared.Contains) is var score && score > 0 && score >= ownScore;
            if (beaten)
            {
                return false;
            }
        }

        return ownScore > 0 || words <= 4;
    }

    private static bool Any(IReadOnlyList<Cue> cues, IReadOnlyList<string> tokens, IReadOnlyList<string> example, HashSet<string>? negations)
    {
        foreach (var cue in cues)
        {
            var at = cue.IndexIn(tokens);
            if (at < 0 || cue.In(example))
            {
                continue;
            }

            var after = at + cue.Length;
            if (negations is not null && after < tokens.Count && negations.Contains(tokens[after]))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool Contradicts(string text, IReadOnlyList<string> tokens, VoiceWords words, VoiceFacts facts)
    {
        foreach (var token in tokens)
        {
            if (VoiceFacts.Number(token, words) is { } n && !facts.Numbers.Contains(n))
            {
                return true;
            }
        }

        // A capitalised word inside a sentence is a name: one the persona's world does not know is made up.
        var sentenceStart = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.Trim('"', '\'', '«', '»', '“', '”', '‘', '’', '(', ')', ',', '.', '!', '?', ':', ';', '-', '–', '—');
            if (!sentenceStart && bare.Length > 1 && char.IsUpper(bare[0]))
            {
                foreach (var part in TopicText.Tokenize(bare))
                {
                    if (!facts.Knows(part) && !words.Capitalized.Contains(part))
                    {
                        return true;
                    }
                }
            }

            if (bare.Length > 0)
            {
                sentenceStart = word.TrimEnd('"', '\'', '»', '”', '’', ')') is { Length: > 0 } end && end[^1] is '.' or '!' or '?' or ':' or '…';
            }
        }

        return false;
    }

    /// <summary>One line: no surrounding quotes, no "Name:" in front, whitespace collapsed.</summary>
    internal static string Clean(string? raw, string name)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        var text = sb.ToString();
        foreach (var prefix in new[] { name + ":", "**" + name + ":**", "**" + name + "**:" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].TrimStart();
            }
        }

        while (text.Length >= 2 && IsQuote(text[0]) && IsQuote(text[^1]))
        {
            text = text[1..^1].Trim();
        }

        return text;
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '«' or '»' or '“' or '”' or '„';
}
