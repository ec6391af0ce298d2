using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using MiClientBot.Core.Voice;

namespace MiClientBot.Voice;

/// <summary>The messages for one reply: the client's part (system) and this turn (user), from the embedded Prompt/*.txt.</summary>
internal static class VoicePrompt
{
    private static readonly string System = Load("system.txt");
    private static readonly string Turn = Load("turn.txt");

    public static List<ChatMessage> Messages(PhraseRequest request) =>
    [
        new(ChatRole.System, Fill(System, request, string.Empty, string.Empty)),
        new(ChatRole.User, Fill(Turn, request, Facts(request), Conversation(request))),
    ];

    private static string Fill(string template, PhraseRequest r, string facts, string conversation) => new StringBuilder(template)
        .Replace("{name}", r.PersonaName)
        .Replace("{age}", r.Age.ToString(CultureInfo.InvariantCulture))
        .Replace("{background}", r.Background)
        .Replace("{language}", r.LanguageName)
        .Replace("{max_words}", r.MaxWords.ToString(CultureInfo.InvariantCulture))
        .Replace("{situation}", r.Situation)
        .Replace("{move}", r.Move)
        .Replace("{answer}", r.Answer)
        .Replace("{facts}", facts)
        .Replace("{conversation}", conversation)
        .Replace("{helper}", r.HelperSaid)
        .Replace("{example}", r.Example)
        .ToString();

    private static string Facts(PhraseRequest r)
    {
        if (r.Facts.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("Your facts about what was asked (your own words; use these and no others):\n");
        foreach (var fact in r.Facts)
        {
            sb.Append("- ").Append(fact).Append('\n');
        }

        return sb.Append('\n').ToString();
    }

    private static string Conversation(PhraseRequest r)
    {
        if (r.Recent.Count == 0)
        {
            return $"You said last: \"{r.LastClientLine}\"\n\n";
        }

        var sb = new StringBuilder("The conversation so far:\n");
        foreach (var exchange in r.Recent)
        {
            sb.Append("Helper: ").Append(exchange.Helper).Append("\nYou: ").Append(exchange.Client).Append('\n');
        }

        return sb.Append('\n').ToString();
    }

    private static string Load(string file)
    {
        using var stream = typeof(VoicePrompt).Assembly.GetManifestResourceStream($"MiClientBot.Voice.Prompt.{file}")
            ?? throw new InvalidOperationException($"The voice prompt '{file}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
