using System.Globalization;
using System.Text.Json;
using MiClientBot.Coding;
using MiClientBot.Web.Instructor;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// The classroom's words in each language, from one data file (Instructor/Assets/classroom-texts.json) that the
/// projector page reads too: the chat's messages to students and the wall's labels can never disagree.
/// </summary>
internal static class ClassroomText
{
    public const string File = "classroom-texts.json";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Texts = new(Load);

    public static string Get(string key, Language language, params object[] args)
    {
        var table = Texts.Value.TryGetValue(language.ToCode(), out var found) ? found : Texts.Value["en"];
        var text = table.TryGetValue(key, out var t) ? t : Texts.Value["en"][key];
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>"Student 3" or "Student 3 (AB)" in the class language.</summary>
    public static string StudentName(ClassStudent student, Language language) =>
        student.Key.Length == 0 ? Get("student-gone", language)
        : student.Initials is { } initials ? Get("student-initials", language, student.Number, initials)
        : Get("student", language, student.Number);

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        var json = InstructorAssets.Get(File) ?? throw new InvalidOperationException($"The embedded {File} is missing.");
        var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(json)
            ?? throw new InvalidOperationException($"{File} is empty.");
        return parsed.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal);
    }
}
