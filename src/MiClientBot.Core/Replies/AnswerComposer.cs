using System.Globalization;
using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Topics;

namespace MiClientBot.Core.Replies;

/// <summary>
/// Makes the reply about what the trainee asked. The state machine has already chosen the bank
/// (the stance and the talk); this turns that choice into a stance and answers the topic in it,
/// from the persona's own facts. Pushing moves keep the bank's line: the client answers the push.
/// </summary>
internal static class AnswerComposer
{
    /// <summary>Answer banks are remembered after the reply kinds (kind numbers stay below this).</summary>
    public const int FirstBank = 64;

    public static Answer? Compose(
        Persona persona, SessionState before, ClientState state, MitiCode move, ReplyKind planned,
        TopicReading reading, double changeTalk, double trust, IRandomSource random)
    {
        if (reading.Topic is not { } topic || !Answers(move, planned, reading, topic))
        {
            return null;
        }

        var number = AnswerTopics.IsScale(topic) ? ScaleNumber(persona, before, topic, reading, state, changeTalk) : (int?)null;
        if (topic == AnswerTopics.ScaleHigher && number >= TopOfScale)
        {
            // "What would it take to get higher?" asked of a 10 has no higher number to name ("maybe 10 and not 10"):
            // the client says why it is as high as it is.
            topic = AnswerTopics.ScaleLower;
        }

        var text = persona.Text(before.Language);
        if (!text.Answers.TryGetValue(topic, out var answers))
        {
            return null;
        }

        var stance = StanceOf(planned, state, topic, trust);
        var lines = answers.Lines(stance);
        var bank = FirstBank + (IndexOf(text.AnswerOrder, topic) * 3) + (int)stance;
        if (lines.Count == 0 || Exhausted(before.UsedLines, bank, lines.Count))
        {
            // Asked again and again: the bank's own line rather than a verbatim repeat.
            return null;
        }

        var index = LinePicker.Pick(bank, lines.Count, before.UsedLines, random);
        var line = Fill(lines[index], number, reading, topic);
        return new Answer(topic, stance, KindOf(stance, planned, topic), bank, index, line, number);
    }

    private const int TopOfScale = 10;

    /// <summary>The ruler a scale answer is about: follow-ups refer to the one asked last.</summary>
    public static string RulerOf(string topic, string? lastScale) =>
        topic is AnswerTopics.ScaleImportance or AnswerTopics.ScaleConfidence ? topic : lastScale ?? AnswerTopics.ScaleImportance;

    private static bool Answers(MitiCode move, ReplyKind planned, TopicReading reading, string topic)
    {
        if (move.IsMiNonAdherent())
        {
            return false;
        }

        if (topic == AnswerTopics.Permission || reading.IsAsk || move.IsQuestion())
        {
            return true;
        }

        // A reflection about a part of the client's life gets the client saying more about that part,
        // when the state machine let it elaborate.
        if (move == MitiCode.Other && topic == AnswerTopics.Unknown)
        {
            return true;
        }

        if (!move.IsReflection() || topic is AnswerTopics.Unknown or AnswerTopics.Permission || AnswerTopics.IsScale(topic))
        {
            return false;
        }

        // The talk stays the state machine's: a fact or a person when it let the client elaborate,
        // a side of the ambivalence when that is the side it chose.
        var side = AnswerTopics.SideOf(topic);
        var talk = Talks.Of(planned);
        return planned is ReplyKind.Elaborating or ReplyKind.Neutral
            || (side == TopicSide.Change && talk == Talk.Change)
            || (side == TopicSide.Sustain && talk == Talk.Sustain);
    }

    private static Stance StanceOf(ReplyKind planned, ClientState state, string topic, double trust)
    {
        var stance = planned switch
        {
            ReplyKind.Discord or ReplyKind.Walkout => Stance.Refuse,
            ReplyKind.AutonomyActive or ReplyKind.AutonomyPassive or ReplyKind.Neutral or ReplyKind.Affect
                or ReplyKind.InfoWithoutPermission => Stance.Guarded,
            _ => Stance.Open,
        };
        if (stance != Stance.Open || topic is AnswerTopics.Unknown or AnswerTopics.Permission)
        {
            return stance;
        }

        var talk = Talks.Of(planned);
        var side = AnswerTopics.SideOf(topic);
        var against = (side == TopicSide.Change && talk == Talk.Sustain) || (side == TopicSide.Sustain && talk == Talk.Change);
        var plan = topic.StartsWith(AnswerTopics.PlanPrefix, StringComparison.Ordinal);
        var notYet = plan && state is not (ClientState.Planning or ClientState.Committed);
        var closed = topic == AnswerTopics.Values && trust < BalloonModel.ValuesTrust;
        return against || notYet || closed ? Stance.Guarded : Stance.Open;
    }

    private static ReplyKind KindOf(Stance stance, ReplyKind planned, string topic)
    {
        if (stance == Stance.Refuse)
        {
            return ReplyKind.Discord;
        }

        if (stance == Stance.Guarded && topic != AnswerTopics.ScaleLower)
        {
            // Minimised, a worry is still a worry: "a bit of heartburn, nothing much" is weak change talk.
            return Talks.Of(planned) is Talk.Autonomy or Talk.Affect ? planned
                : AnswerTopics.SideOf(topic) switch
                {
                    TopicSide.Change when !topic.StartsWith(AnswerTopics.PlanPrefix, StringComparison.Ordinal) => ReplyKind.ChangeNeed,
                    TopicSide.Sustain => ReplyKind.SustainReasons,
                    _ => ReplyKind.Neutral,
                };
        }

        return topic switch
        {
            "cross.sq_bad" => ReplyKind.ChangeNeed,
            "cross.change_good" or AnswerTopics.ScaleLower => ReplyKind.ChangeReasons,
            AnswerTopics.ScaleHigher => ReplyKind.ChangeAbility,
            "cross.sq_good" => ReplyKind.SustainReasons,
            "cross.change_bad" => ReplyKind.SustainAbility,
            AnswerTopics.System => ReplyKind.System,
            AnswerTopics.Values => ReplyKind.Values,
            _ when topic.StartsWith(AnswerTopics.PlanPrefix, StringComparison.Ordinal) => ReplyKind.Planning,
            AnswerTopics.Permission => ReplyKind.InfoWithPermission,
            _ => ReplyKind.Elaborating,
        };
    }

    /// <summary>
    /// Importance follows the change talk the client has voiced, confidence more slowly; a number
    /// once said never drops and rises at most two at a time, so the client stays consistent.
    /// </summary>
    private static int ScaleNumber(Persona persona, SessionState before, string topic, TopicReading reading, ClientState state, double changeTalk)
    {
        var ruler = RulerOf(topic, before.LastScale);
        var grown = changeTalk - BalloonModel.StartingChangeTalk(persona);
        var computed = ruler == AnswerTopics.ScaleConfidence
            ? persona.Scales.Confidence + (int)Math.Round(grown / 18) + (state is ClientState.Planning or ClientState.Committed ? 1 : 0)
            : persona.Scales.Importance + (int)Math.Round(grown / 12);
        computed = Math.Clamp(computed, 0, 10);
        var said = ruler == AnswerTopics.ScaleConfidence ? before.Confidence : before.Importance;
        if (said is { } s)
        {
            // A follow-up ("why not lower?", "what would make it higher?") is about the number the client gave.
            return topic is AnswerTopics.ScaleLower or AnswerTopics.ScaleHigher ? s : Math.Clamp(computed, s, Math.Min(10, s + 2));
        }

        // A follow-up before any number was said ("why a 4 and not a 2?") takes the trainee's number.
        return topic is AnswerTopics.ScaleLower or AnswerTopics.ScaleHigher && reading.Numbers.Count > 0 ? reading.Numbers[0] : computed;
    }

    private static string Fill(string line, int? number, TopicReading reading, string topic)
    {
        if (number is not { } n)
        {
            return line;
        }

        var lower = reading.Numbers.Where(x => x < n).DefaultIfEmpty(Math.Max(0, n - 2)).Min();
        var higher = reading.Numbers.Where(x => x > n).DefaultIfEmpty(Math.Min(10, n + 1)).Max();
        return line
            .Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{lower}", (topic == AnswerTopics.ScaleLower ? lower : Math.Max(0, n - 2)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{higher}", higher.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static bool Exhausted(IReadOnlyList<int> used, int bank, int count)
    {
        var seen = 0;
        foreach (var id in used)
        {
            if (id / 256 == bank)
            {
                seen++;
            }
        }

        return seen >= count;
    }

    private static int IndexOf(IReadOnlyList<string> order, string topic)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == topic)
            {
                return i;
            }
        }

        return order.Count;
    }
}
