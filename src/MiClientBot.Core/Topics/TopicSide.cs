namespace MiClientBot.Core.Topics;

/// <summary>The side of the ambivalence a topic's candid answer falls on.</summary>
public enum TopicSide
{
    /// <summary>Facts and people: neither side.</summary>
    Neither,

    /// <summary>Toward the change.</summary>
    Change,

    /// <summary>Toward the status quo.</summary>
    Sustain,
}
