namespace MiClientBot.Core.Drills;

/// <summary>What a third reply did with the resistance, as the seeds teach it.</summary>
public enum DrillVerdict
{
    /// <summary>Rolled with it: a reflection, affirmation, autonomy support, seeking collaboration.</summary>
    Rolled,

    /// <summary>Argued: persuading, confronting, information or advice without permission, "you should".</summary>
    Argued,

    /// <summary>A question: neither rolls with the resistance nor argues.</summary>
    Question,

    /// <summary>Not read as a move toward the client.</summary>
    Other,
}
