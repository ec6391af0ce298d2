namespace MiClientBot.Web.Instructor;

/// <summary>The "Instructor" section of appsettings.json: the key that opens /instructor.</summary>
internal sealed class InstructorOptions
{
    public const string Section = "Instructor";

    /// <summary>Long enough that guessing it is hopeless; the view shows trainees' names and words.</summary>
    public const int MinKeyLength = 16;

    /// <summary>The instructor key; empty: the instructor view is off (every request gets 401). Keep it in an environment variable.</summary>
    public string? Key { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(Key);

    public IEnumerable<string> Validate()
    {
        if (Key is { Length: > 0 and < MinKeyLength })
        {
            yield return $"Instructor:Key must be at least {MinKeyLength} characters long, or empty to turn the instructor view off.";
        }
    }
}
