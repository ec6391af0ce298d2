using MiClientBot.Coding;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// How the wall groups a round's replies: by what they are (MITI behaviour), in the order the seeds teach them - rolling
/// with it first, arguing last.
/// </summary>
internal static class ReplyGroups
{
    public const string Reflection = "reflection";
    public const string Question = "question";
    public const string Support = "support";
    public const string Information = "information";
    public const string Persuade = "persuade";
    public const string Other = "other";

    public static IReadOnlyList<string> Order { get; } = [Reflection, Question, Support, Information, Persuade, Other];

    public static string Of(MitiCode code) => code switch
    {
        MitiCode.ReflectionSimple or MitiCode.ReflectionComplex => Reflection,
        MitiCode.QuestionOpen or MitiCode.QuestionClosed => Question,
        MitiCode.Affirm or MitiCode.SeekingCollaboration or MitiCode.EmphasizingAutonomy => Support,
        MitiCode.GivingInformation => Information,
        MitiCode.Persuade or MitiCode.PersuadeWithPermission or MitiCode.Confront => Persuade,
        _ => Other,
    };
}
