namespace MiClientBot.Core.Topics;

/// <summary>
/// The topics a client can be asked about. Every persona answers each of them (plus one
/// <c>person.ID</c> per person in its life) in every language it speaks; the words that point to
/// them are data per language (Topics/Data).
/// </summary>
public static class AnswerTopics
{
    /// <summary>The use in general.</summary>
    public const string Use = "use";

    /// <summary>The clash with the system; only for personas with a system conflict.</summary>
    public const string System = "system";

    /// <summary>The persona's deeper values: open only after trust.</summary>
    public const string Values = "values";

    /// <summary>"0 to 10, how important".</summary>
    public const string ScaleImportance = "scale.importance";

    /// <summary>"0 to 10, how confident".</summary>
    public const string ScaleConfidence = "scale.confidence";

    /// <summary>"Why a 4 and not a 2?".</summary>
    public const string ScaleLower = "scale.lower";

    /// <summary>"What would make it a 5?".</summary>
    public const string ScaleHigher = "scale.higher";

    /// <summary>Asking permission to give information or advice.</summary>
    public const string Permission = "permission";

    /// <summary>What the client cannot answer: nonsense, off-topic, not in its life.</summary>
    public const string Unknown = "unknown";

    /// <summary>The prefix of the topics about a person in the client's life.</summary>
    public const string PersonPrefix = "person.";

    /// <summary>The prefix of the plan topics.</summary>
    public const string PlanPrefix = "plan.";

    /// <summary>Every topic a persona file answers, besides its people.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Use, "use.amount", "use.frequency", "use.what", "use.since", "use.when",
        "reason", "feeling", "daily", "work", "money", "health", "sleep", "past",
        "cross.sq_good", "cross.sq_bad", "cross.change_good", "cross.change_bad",
        Values, System, "plan.what", "plan.when", "plan.who", "plan.how",
        ScaleImportance, ScaleConfidence, ScaleLower, ScaleHigher, Permission, Unknown,
    ];

    /// <summary>Which side of the ambivalence a topic's candid answer voices: change or sustain talk, or neither.</summary>
    public static TopicSide SideOf(string topic) => topic switch
    {
        "cross.sq_bad" or "cross.change_good" or Values or ScaleLower or ScaleHigher => TopicSide.Change,
        "cross.sq_good" or "cross.change_bad" or System => TopicSide.Sustain,
        _ when topic.StartsWith(PlanPrefix, StringComparison.Ordinal) => TopicSide.Change,
        _ => TopicSide.Neither,
    };

    /// <summary>True for the scale topics, whose lines carry numbers.</summary>
    public static bool IsScale(string topic) => topic.StartsWith("scale.", StringComparison.Ordinal);
}
