using System.Globalization;
using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Conversations;

/// <summary>
/// Short hints in the session language: what happened to the balloon and one kind of move to try
/// (never a sentence to copy). Given after MI-non-adherent moves and after a question that answered
/// resistance; `/hint` asks for one at any time.
/// </summary>
internal static class Coach
{
    /// <summary>A hint after this turn, or null when the move needs none.</summary>
    public static string? After(SessionState before, TurnResult turn, Persona persona)
    {
        var language = before.Language;
        var code = turn.Coding.Main;
        var pushed = code.IsMiNonAdherent() || (code == MitiCode.GivingInformation && turn.Talk == Talk.Autonomy);
        var questionAfterResistance = code.IsQuestion() && WasResistant(before);
        if (!pushed && !questionAfterResistance)
        {
            return null;
        }

        var what = pushed
            ? CoachText.Get("pushed", language, code.Label(language), turn.Coding.Cues.Count > 0 ? $" ({CueLocalizer.Localize(turn.Coding.Cues[0], language)})" : string.Empty)
            : CoachText.Get("question-after-resistance", language, persona.Name);
        var rises = Rises(turn.Delta, language);
        var balloon = rises.Length > 0 ? CoachText.Get("rose", language, rises) : CoachText.Get("held", language);
        return what + balloon + CoachText.Get("try", language, Suggestion(turn.State, AnswerTo(turn), persona.Name, code.IsQuestion()));
    }

    /// <summary>
    /// A real resistant turn: the client defended its autonomy, was in discord or spoke from strong
    /// feeling, or argued for the status quo unasked. Fillers and answers to a question about what it
    /// likes are not resistance to answer with a "third reply".
    /// </summary>
    private static bool WasResistant(SessionState before) =>
        before.LastKind is ReplyKind.AutonomyActive or ReplyKind.AutonomyPassive or ReplyKind.Discord or ReplyKind.Affect or ReplyKind.System
        || (before.LastTalk == Talk.Sustain && !before.LastAnswered);

    /// <summary>A hint for the situation as it stands.</summary>
    public static string Now(SessionState state, Persona persona)
    {
        var language = state.Language;
        var key = state.State switch
        {
            ClientState.Discord or ClientState.WalkedOut => "now-discord",
            ClientState.AutonomyDefence => "now-autonomy",
            ClientState.Planning or ClientState.Committed => "now-planning",
            _ => state.LastTalk switch
            {
                Talk.Sustain => "now-sustain",
                Talk.Affect => "now-affect",
                Talk.Change => "now-change",
                Talk.Autonomy => "now-autonomy",
                Talk.Discord => "now-discord",
                _ => "now-general",
            },
        };
        var situation = CoachText.Get(key, language, key == "now-general" ? Math.Round(state.Resistance.Pressure).ToString(CultureInfo.InvariantCulture) : persona.Name);
        return situation + CoachText.Get("try-now", language, Suggestion(state, state.LastTalk, persona.Name));
    }

    /// <summary>One kind of move that serves the situation better, for hints and the report's key moments.</summary>
    /// <param name="state">The session after the move.</param>
    /// <param name="lastTalk">What the next move should answer.</param>
    /// <param name="name">The client's name.</param>
    /// <param name="afterQuestion">True when the move was a question: the advice then never suggests another one.</param>
    public static string Suggestion(SessionState state, Talk lastTalk, string name, bool afterQuestion = false)
    {
        var key = state.State switch
        {
            ClientState.Discord or ClientState.WalkedOut => "do-discord",
            ClientState.AutonomyDefence => "do-autonomy",
            ClientState.Planning or ClientState.Committed => "do-planning",
            _ when state.Resistance.Discord >= 45 => "do-discord",
            _ => lastTalk switch
            {
                Talk.Sustain => "do-sustain",
                Talk.Autonomy => "do-autonomy",
                Talk.Discord => "do-discord",
                Talk.Affect => "do-affect",
                Talk.Change => "do-change",
                _ => "do-general",
            },
        };
        return CoachText.Get(afterQuestion && key is "do-change" or "do-general" ? key + "-reflect" : key, state.Language, name);
    }

    /// <summary>What the next move should answer: the resistance this move stirred up most, else what the client just said.</summary>
    private static Talk AnswerTo(TurnResult turn)
    {
        var d = turn.Delta;
        var most = Math.Max(d.Sustain, Math.Max(d.Autonomy, d.Discord));
        return most < 1 ? turn.Talk
            : most == d.Discord ? Talk.Discord
            : most == d.Autonomy ? Talk.Autonomy
            : Talk.Sustain;
    }

    private static string Rises(ResistanceLevels delta, Language language)
    {
        var parts = new List<string>();
        void Add(string key, double d)
        {
            if (d >= 1)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{CoachText.Get(key, language)} +{d:0}"));
            }
        }

        Add("sustain", delta.Sustain);
        Add("autonomy", delta.Autonomy);
        Add("discord", delta.Discord);
        return string.Join(", ", parts);
    }
}
