using MiClientBot.Coding;
using MiClientBot.Core;

namespace MiClientBot.Web.Storage;

/// <summary>The confirmations of /forget, in the session's language.</summary>
internal static class ForgetText
{
    private static readonly LocalizedTexts Texts = new(new Dictionary<string, (string En, string Nb, string Da)>
    {
        ["forgotten"] = (
            "Your session and its transcript have been deleted. Write anything to start a new one.",
            "Samtalen din og referatet av den er slettet. Skriv hva som helst for å starte en ny.",
            "Din samtale og referatet af den er slettet. Skriv hvad som helst for at starte en ny."),
        ["nothing-to-forget"] = (
            "There is nothing stored about this conversation.",
            "Det er ikke lagret noe om denne samtalen.",
            "Der er ikke gemt noget om denne samtale."),
    });

    public static string Get(string key, Language language) => Texts.Get(key, language);
}
