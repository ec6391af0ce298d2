using MiClientBot.Core.Personas;

namespace MiClientBot.Core.Replies;

/// <summary>Classifies reply banks into <see cref="Talk"/>.</summary>
public static class Talks
{
    /// <summary>Lower-case names by value (Talk counts from 0), made once: Enum.ToString on every turn showed in profiles.</summary>
    private static readonly string[] Names = [.. Enum.GetValues<Talk>().Select(t => t.ToString().ToLowerInvariant())];

    /// <summary>The talk's lower-case name for JSON.</summary>
    public static string ToName(this Talk talk) =>
        (uint)talk < (uint)Names.Length ? Names[(int)talk] : talk.ToString().ToLowerInvariant();

    /// <summary>True when the client voiced resistance, so the trainee's next move is a "third reply".</summary>
    public static bool IsResistant(this Talk talk) => talk is Talk.Sustain or Talk.Autonomy or Talk.Discord or Talk.Affect;

    /// <summary>The talk a line of <paramref name="kind"/> expresses.</summary>
    public static Talk Of(ReplyKind kind) => kind switch
    {
        _ when kind.IsChangeTalk() => Talk.Change,
        _ when kind.IsSustainTalk() => Talk.Sustain,
        ReplyKind.Values or ReplyKind.Planning or ReplyKind.Committing => Talk.Change,
        ReplyKind.System => Talk.Sustain,
        ReplyKind.AutonomyActive or ReplyKind.AutonomyPassive or ReplyKind.InfoWithoutPermission => Talk.Autonomy,
        ReplyKind.Discord => Talk.Discord,
        ReplyKind.Affect => Talk.Affect,
        ReplyKind.Walkout => Talk.Walkout,
        _ => Talk.Neutral,
    };
}
