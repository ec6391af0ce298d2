namespace MiClientBot.Coding.Model;

/// <summary>The decisions the statistical part makes.</summary>
public enum ModelTask
{
    /// <summary>AnnoMI main behaviour: question, reflection, therapist_input, other.</summary>
    Behaviour,

    /// <summary>Reflection subtype: simple, complex.</summary>
    ReflectionComplexity,

    /// <summary>Question subtype: open, closed.</summary>
    QuestionType,

    /// <summary>The fine MITI code of a typed chat move (<see cref="ModelLabels.MoveCode"/>), one head per language.</summary>
    MoveCode,
}
