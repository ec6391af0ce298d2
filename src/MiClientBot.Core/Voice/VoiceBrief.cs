using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Topics;

namespace MiClientBot.Core.Voice;

/// <summary>Turns what the engine decided for one turn into a <see cref="PhraseRequest"/> and the facts to check the answer against.</summary>
internal static class VoiceBrief
{
    /// <summary>Exchanges of context before the current one: enough for the thread, small enough to stay fast.</summary>
    public const int RecentExchanges = 3;

    public static (PhraseRequest Request, VoiceFacts Facts) For(Persona persona, ConversationState before, TurnResult turn)
    {
        var language = before.Language;
        var facts = Facts(persona, language, turn.Topic);
        var recent = Recent(before);
        var lastLine = before.Session?.LastClientLine ?? string.Empty;
        var request = new PhraseRequest(
            persona.Name,
            persona.Age,
            persona.Background.Trim(),
            language,
            VoiceBriefText.LanguageName(language),
            VoiceBriefText.Situation(turn.State.State),
            VoiceBriefText.Move(turn.Kind),
            VoiceBriefText.Answer(turn.Answered),
            turn.Reply,
            facts,
            recent,
            lastLine,
            turn.TraineeText,
            MaxWords(turn.Reply))
        {
            Kind = turn.Kind,
            Talk = turn.Talk,
            Topic = turn.Answered ? turn.Topic : null,
        };
        var context = recent.SelectMany(e => new[] { e.Helper, e.Client }).Append(lastLine).Append(turn.TraineeText);
        var scale = turn.Topic is { } topic && (AnswerTopics.IsScale(topic) || topic.StartsWith("scale", StringComparison.Ordinal));
        return (request, VoiceFacts.For(persona, language, facts, turn.Reply, context, scale));
    }

    /// <summary>About twice the scripted line, within limits: room for the model's own words, not for a speech.</summary>
    public static int MaxWords(string example)
    {
        var words = example.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return Math.Clamp((2 * words) + 8, 15, 60);
    }

    /// <summary>The persona's lines about the topic (open and guarded: the ones that carry facts).</summary>
    private static IReadOnlyList<string> Facts(Persona persona, Language language, string? topic) =>
        topic is not null && persona.Text(language).Answers.TryGetValue(topic, out var answers)
            ? [.. answers.Open.Concat(answers.Guarded).Distinct(StringComparer.Ordinal)]
            : [];

    private static IReadOnlyList<VoiceExchange> Recent(ConversationState before)
    {
        var said = before.Said;
        if (said is null)
        {
            return [];
        }

        var exchanges = new List<VoiceExchange>(RecentExchanges);
        for (var i = Math.Max(0, before.Inputs.Count - RecentExchanges); i < before.Inputs.Count; i++)
        {
            if (i < said.Count && said[i].Length > 0)
            {
                exchanges.Add(new VoiceExchange(before.Inputs[i], said[i]));
            }
        }

        return exchanges;
    }
}
