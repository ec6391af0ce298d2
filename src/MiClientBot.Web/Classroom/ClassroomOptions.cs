namespace MiClientBot.Web.Classroom;

/// <summary>The "Classroom" section of appsettings.json: how big classes may get, so one room cannot exhaust the host.</summary>
internal sealed class ClassroomOptions
{
    public const string Section = "Classroom";

    /// <summary>Classes open at once on this host; opening one more is refused until one is deleted or expires.</summary>
    public int MaxClasses { get; set; } = 50;

    /// <summary>Students in one class; a lecture hall fits, a crowd of scripts does not.</summary>
    public int MaxStudents { get; set; } = 200;

    /// <summary>Longest reply a student may send; a third reply is a sentence or two, not an essay.</summary>
    public int MaxReplyLength { get; set; } = 500;

    public IEnumerable<string> Validate()
    {
        if (MaxClasses is < 1 or > 10_000)
        {
            yield return $"Classroom:MaxClasses '{MaxClasses}' must be between 1 and 10000.";
        }

        if (MaxStudents is < 2 or > 1_000)
        {
            yield return $"Classroom:MaxStudents '{MaxStudents}' must be between 2 and 1000.";
        }

        if (MaxReplyLength is < 20 or > 2_000)
        {
            yield return $"Classroom:MaxReplyLength '{MaxReplyLength}' must be between 20 and 2000.";
        }
    }
}
