namespace MiClientBot.Coding;

/// <summary>A MITI 4.2.1 behaviour code for one trainee move (with question and reflection subtypes).</summary>
public enum MitiCode
{
    /// <summary>A question that invites a wide range of answers.</summary>
    QuestionOpen,

    /// <summary>A yes/no or specific-fact question.</summary>
    QuestionClosed,

    /// <summary>A reflection that adds little or no meaning.</summary>
    ReflectionSimple,

    /// <summary>A reflection that adds meaning, feeling, a double side, a metaphor, or summarises.</summary>
    ReflectionComplex,

    /// <summary>A genuine positive statement about the client's strengths or efforts.</summary>
    Affirm,

    /// <summary>Shares power: asks the client's ideas or permission.</summary>
    SeekingCollaboration,

    /// <summary>Puts the choice with the client.</summary>
    EmphasizingAutonomy,

    /// <summary>Neutral facts, feedback or explanation.</summary>
    GivingInformation,

    /// <summary>Advice, arguments or warnings without permission (the righting reflex).</summary>
    Persuade,

    /// <summary>Advice offered with permission or with the client's freedom to disagree.</summary>
    PersuadeWithPermission,

    /// <summary>Disagrees, corrects, shames, blames or labels.</summary>
    Confront,

    /// <summary>Anything else: greetings, facilitation, structuring.</summary>
    Other,
}
