using MiClientBot.Coding;

namespace MiClientBot.Core.Sessions;

/// <summary>
/// What trainees read for a client state in their own language. JSON, the instructor view and the balloon's
/// data attributes keep the names of <see cref="ClientStates"/>; the words here are for reading.
/// </summary>
public static class ClientStateLabels
{
    // The Norwegian slides call discord "relasjonsmotstand"; the processes are MI's four (engasjere, utforske, fremkalle, planlegge).
    private static readonly LocalizedTexts Texts = new(new Dictionary<string, (string En, string Nb, string Da)>
    {
        ["engaging"] = ("engaging", "engasjering", "engagering"),
        ["exploring"] = ("exploring", "utforsking", "udforskning"),
        ["evoking"] = ("evoking", "fremkalling", "fremkaldelse"),
        ["planning"] = ("planning", "planlegging", "planlægning"),
        ["committed"] = ("committed", "forpliktet", "forpligtet"),
        ["autonomy-defence"] = ("autonomy-defence", "autonomiforsvar", "autonomiforsvar"),
        ["discord"] = ("discord", "relasjonsmotstand", "relationsmodstand"),
        ["walked-out"] = ("walked out", "gikk sin vei", "gik sin vej"),
    });

    /// <summary>The state named <paramref name="name"/> (e.g. "discord") in <paramref name="language"/>; a name that is no state is shown as it is.</summary>
    public static string Label(string name, Language language) =>
        Texts.Contains(name) ? Texts.Get(name, language) : name;
}
