namespace MiClientBot.Core.Personas;

/// <summary>The YAML path and minimum size of each <see cref="ReplyKind"/>.</summary>
public static class ReplyKinds
{
    /// <summary>Lines every talk and reaction bank needs, so that a session rarely repeats itself.</summary>
    public const int MinLines = 15;

    /// <summary>Lines the greeting and each debrief bank need.</summary>
    public const int MinShortLines = 5;

    private static readonly string[] DarnCat = ["desire", "ability", "reasons", "need", "commitment", "activation", "taking_steps"];

    private static readonly Dictionary<ReplyKind, string> Paths = BuildPaths();

    /// <summary>Every kind, in file order.</summary>
    public static IReadOnlyList<ReplyKind> All { get; } = Enum.GetValues<ReplyKind>();

    /// <summary>The kind's path in a language block, e.g. "change.desire" or "autonomy_active".</summary>
    public static string ToPath(this ReplyKind kind) => Paths[kind];

    /// <summary>The fewest distinct lines a language block must hold for the kind.</summary>
    public static int MinimumLines(this ReplyKind kind) =>
        kind is ReplyKind.Greeting or ReplyKind.DebriefWarm or ReplyKind.DebriefMixed or ReplyKind.DebriefHurt
            ? MinShortLines
            : MinLines;

    /// <summary>True for change talk of any DARN-CAT subtype.</summary>
    public static bool IsChangeTalk(this ReplyKind kind) => kind is >= ReplyKind.ChangeDesire and <= ReplyKind.ChangeTakingSteps;

    /// <summary>True for sustain talk of any DARN-CAT subtype.</summary>
    public static bool IsSustainTalk(this ReplyKind kind) => kind is >= ReplyKind.SustainDesire and <= ReplyKind.SustainTakingSteps;

    /// <summary>The DARN-CAT subtype of change or sustain talk ("desire" .. "taking_steps"), otherwise null.</summary>
    public static string? DarnCatSubtype(this ReplyKind kind) =>
        kind.IsChangeTalk() ? DarnCat[kind - ReplyKind.ChangeDesire]
        : kind.IsSustainTalk() ? DarnCat[kind - ReplyKind.SustainDesire]
        : null;

    private static Dictionary<ReplyKind, string> BuildPaths()
    {
        var paths = new Dictionary<ReplyKind, string>();
        for (var i = 0; i < DarnCat.Length; i++)
        {
            paths[ReplyKind.ChangeDesire + i] = "change." + DarnCat[i];
            paths[ReplyKind.SustainDesire + i] = "sustain." + DarnCat[i];
        }

        paths[ReplyKind.Greeting] = "greeting";
        paths[ReplyKind.Neutral] = "neutral";
        paths[ReplyKind.Elaborating] = "elaborating";
        paths[ReplyKind.AutonomyActive] = "autonomy_active";
        paths[ReplyKind.AutonomyPassive] = "autonomy_passive";
        paths[ReplyKind.Discord] = "discord";
        paths[ReplyKind.Affect] = "affect";
        paths[ReplyKind.InfoWithPermission] = "info_with_permission";
        paths[ReplyKind.InfoWithoutPermission] = "info_without_permission";
        paths[ReplyKind.Affirmation] = "affirmation";
        paths[ReplyKind.Values] = "values";
        paths[ReplyKind.System] = "system";
        paths[ReplyKind.Planning] = "planning";
        paths[ReplyKind.Committing] = "committing";
        paths[ReplyKind.Walkout] = "walkout";
        paths[ReplyKind.DebriefWarm] = "debrief.warm";
        paths[ReplyKind.DebriefMixed] = "debrief.mixed";
        paths[ReplyKind.DebriefHurt] = "debrief.hurt";
        return paths;
    }
}
