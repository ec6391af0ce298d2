namespace MiClientBot.Coding;

/// <summary>Names and groupings of <see cref="MitiCode"/>.</summary>
public static class MitiCodes
{
    private static readonly string[] Names =
    [
        "question-open", "question-closed", "reflection-simple", "reflection-complex", "affirm",
        "seeking-collaboration", "emphasizing-autonomy", "giving-information", "persuade",
        "persuade-with-permission", "confront", "other",
    ];

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<MitiCode> All { get; } = Enum.GetValues<MitiCode>();

    /// <summary>The code's name as used in JSON and reports, e.g. "question-open".</summary>
    public static string ToName(this MitiCode code) => Names[(int)code];

    /// <summary>Parses a code name such as "reflection-complex".</summary>
    public static bool TryParse(string? name, out MitiCode code)
    {
        var index = Array.IndexOf(Names, name?.Trim().ToLowerInvariant());
        code = index < 0 ? MitiCode.Other : (MitiCode)index;
        return index >= 0;
    }

    /// <summary>True for open and closed questions.</summary>
    public static bool IsQuestion(this MitiCode code) => code is MitiCode.QuestionOpen or MitiCode.QuestionClosed;

    /// <summary>True for simple and complex reflections.</summary>
    public static bool IsReflection(this MitiCode code) => code is MitiCode.ReflectionSimple or MitiCode.ReflectionComplex;

    /// <summary>MITI MI-adherent: affirm, seeking collaboration, emphasizing autonomy.</summary>
    public static bool IsMiAdherent(this MitiCode code) =>
        code is MitiCode.Affirm or MitiCode.SeekingCollaboration or MitiCode.EmphasizingAutonomy;

    /// <summary>MITI MI-non-adherent: persuade and confront.</summary>
    public static bool IsMiNonAdherent(this MitiCode code) => code is MitiCode.Persuade or MitiCode.Confront;

    /// <summary>The AnnoMI main behaviour a code maps onto: question, reflection, therapist_input or other.</summary>
    public static string ToAnnoMiBehaviour(this MitiCode code) => code switch
    {
        MitiCode.QuestionOpen or MitiCode.QuestionClosed => "question",
        MitiCode.ReflectionSimple or MitiCode.ReflectionComplex => "reflection",
        MitiCode.GivingInformation or MitiCode.Persuade or MitiCode.PersuadeWithPermission
            or MitiCode.Confront => "therapist_input",
        _ => "other",
    };

    /// <summary>
    /// The AnnoMI main behaviour of a whole volley: the coder's four-way decision on its form
    /// (question, reflection, therapist_input, other), made before the fine MITI code. AnnoMI
    /// annotates form, while MITI codes intent: "You should cut down?" is a question to AnnoMI and
    /// persuasion to MITI, and "It's up to you." is input to AnnoMI (options) and autonomy support
    /// to MITI. Reading the form keeps the two layers from overruling each other.
    /// </summary>
    public static string ToAnnoMiBehaviour(this CodingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Form;
    }
}
