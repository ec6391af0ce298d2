using MiClientBot.Coding;

namespace MiClientBot.Core;

/// <summary>
/// What trainees read for a code in their own language: the MITI name in English, the Norwegian or Danish words
/// alone in nb and da (a trainee reads the hint in one language). The JSON report keeps the MITI names.
/// </summary>
public static class MitiCodeLabels
{
    private static readonly LocalizedTexts Texts = new(new Dictionary<string, (string En, string Nb, string Da)>
    {
        ["question-open"] = ("question-open", "åpent spørsmål", "åbent spørgsmål"),
        ["question-closed"] = ("question-closed", "lukket spørsmål", "lukket spørgsmål"),
        ["reflection-simple"] = ("reflection-simple", "enkel refleksjon", "simpel refleksion"),
        ["reflection-complex"] = ("reflection-complex", "kompleks refleksjon", "kompleks refleksion"),
        ["affirm"] = ("affirm", "bekreftelse", "anerkendelse"),
        ["seeking-collaboration"] = ("seeking-collaboration", "å søke samarbeid", "at søge samarbejde"),
        ["emphasizing-autonomy"] = ("emphasizing-autonomy", "å understreke autonomi", "at understrege autonomi"),
        ["giving-information"] = ("giving-information", "å gi informasjon", "at give information"),
        ["persuade"] = ("persuade", "overtalelse", "overtalelse"),
        ["persuade-with-permission"] = ("persuade-with-permission", "overtalelse med tillatelse", "overtalelse med tilladelse"),
        ["confront"] = ("confront", "konfrontasjon", "konfrontation"),
        ["other"] = ("other", "annet", "andet"),
    });

    /// <summary>The code as a trainee reads it in <paramref name="language"/>: "overtalelse" in nb, "persuade" in en.</summary>
    public static string Label(this MitiCode code, Language language) => Texts.Get(code.ToName(), language);

    /// <summary>As <see cref="Label(MitiCode, Language)"/> for a code's name; a name that is no code is shown as it is.</summary>
    public static string Label(string name, Language language) =>
        MitiCodes.TryParse(name, out var code) ? code.Label(language) : name;
}
