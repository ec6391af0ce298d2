namespace MiClientBot.Core.Topics;

/// <summary>What kind of ask the trainee's words are, beside their MITI code.</summary>
public enum AskKind
{
    /// <summary>Not an ask: a statement, a reflection of nothing the reader knows.</summary>
    None,

    /// <summary>A question after a fact: how much, who, when.</summary>
    Fact,

    /// <summary>An open invitation to tell.</summary>
    Open,

    /// <summary>A ruler: "0 to 10, how important".</summary>
    Scale,

    /// <summary>"Why a 4 and not a 2?".</summary>
    ScaleLower,

    /// <summary>"What would make it a 5?".</summary>
    ScaleHigher,

    /// <summary>Looking back: how it was before.</summary>
    LookingBack,

    /// <summary>Looking forward: how it could be.</summary>
    LookingForward,

    /// <summary>"If you did ..., what would ...".</summary>
    Hypothetical,

    /// <summary>Asking permission to tell or ask something.</summary>
    Permission,

    /// <summary>A statement that reflects the client.</summary>
    Reflection,
}
