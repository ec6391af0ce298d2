using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;

namespace MiClientBot.Core.Voice;

/// <summary>
/// Everything a phraser may know about one reply: who the client is, what the state machine chose,
/// in plain words, the scripted line as an example, and the facts it may use. No balloon numbers.
/// </summary>
/// <param name="PersonaName">The client's first name.</param>
/// <param name="Age">The client's age.</param>
/// <param name="Background">Who the client is (English, from the persona file).</param>
/// <param name="Language">The session's language: the reply must be in it.</param>
/// <param name="LanguageName">The language in plain words for the instructions (e.g. "Danish (not Norwegian)").</param>
/// <param name="Situation">Where the client is with the helper, in plain words.</param>
/// <param name="Move">What this reply does (its talk and stance), in plain words.</param>
/// <param name="Answer">Whether the reply answers what was asked, in plain words.</param>
/// <param name="Example">The scripted line: what the client would say without a model.</param>
/// <param name="Facts">The persona's own lines about the topic asked, in the session's language.</param>
/// <param name="Recent">The last exchanges before this one, oldest first.</param>
/// <param name="LastClientLine">The client's line just before the helper spoke (the greeting on the first turn).</param>
/// <param name="HelperSaid">What the helper (the trainee) just said.</param>
/// <param name="MaxWords">The longest reply that will be used.</param>
public sealed record PhraseRequest(
    string PersonaName,
    int Age,
    string Background,
    Language Language,
    string LanguageName,
    string Situation,
    string Move,
    string Answer,
    string Example,
    IReadOnlyList<string> Facts,
    IReadOnlyList<VoiceExchange> Recent,
    string LastClientLine,
    string HelperSaid,
    int MaxWords)
{
    /// <summary>The bank the state machine chose.</summary>
    public ReplyKind Kind { get; init; }

    /// <summary>The talk the state machine chose.</summary>
    public Talk Talk { get; init; }

    /// <summary>The topic answered, when the reply answers one.</summary>
    public string? Topic { get; init; }
}
