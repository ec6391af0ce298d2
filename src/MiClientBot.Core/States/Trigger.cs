namespace MiClientBot.Core.States;

/// <summary>
/// What a coded trainee move does to the client's state machine. The machine reacts to three kinds of
/// move, not to the twelve MITI codes, so each transition is drawn once per kind and the diagram stays readable.
/// </summary>
internal enum Trigger
{
    /// <summary>An open question, a reflection, an affirmation, seeking collaboration or emphasizing autonomy.</summary>
    Evocative,

    /// <summary>MI-consistent but not evocative: a closed question, information, advice with permission, anything else.</summary>
    Neutral,

    /// <summary>MI-non-adherent: persuading without permission or confronting.</summary>
    Push,
}
