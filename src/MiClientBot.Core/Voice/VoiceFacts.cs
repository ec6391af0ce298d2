using MiClientBot.Coding;
using System.Globalization;
using System.Runtime.CompilerServices;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Topics;

namespace MiClientBot.Core.Voice;

/// <summary>
/// What a reply may say without contradicting the persona: the numbers in the facts for the topic,
/// the scripted line and the background, and the words (so the names) the persona's texts use.
/// </summary>
internal sealed class VoiceFacts
{
    /// <summary>Every word of a persona's texts in one language, made once per persona and language.</summary>
    private static readonly ConditionalWeakTable<PersonaText, HashSet<string>> WordsOf = new();

    /// <summary>The numbers of a persona's age, background and briefing, made once per persona and language.</summary>
    private static readonly ConditionalWeakTable<PersonaText, HashSet<int>> NumbersOf = new();

    private readonly HashSet<string> _words;
    private readonly HashSet<string> _extra;

    private VoiceFacts(HashSet<int> numbers, HashSet<string> words, HashSet<string> extra)
    {
        Numbers = numbers;
        _words = words;
        _extra = extra;
    }

    /// <summary>Numbers the reply may say.</summary>
    public HashSet<int> Numbers { get; }

    /// <summary>True when a capitalised word of a reply is one the persona's world knows.</summary>
    public bool Knows(string word) => _words.Contains(word) || _extra.Contains(word);

    public static VoiceFacts For(Persona persona, Language language, IEnumerable<string> facts, string example, IEnumerable<string> context, bool scale)
    {
        var words = VoiceWords.For(language);
        var numbers = new HashSet<int>(NumbersOf.GetValue(persona.Text(language), text => PersonaNumbers(persona, text, words)));
        foreach (var text in facts.Append(example))
        {
            NumbersIn(TopicText.Tokenize(text), words, numbers);
        }

        if (scale)
        {
            // A ruler's ends are the helper's words, not facts: "a 4 out of 10" contradicts nothing.
            numbers.Add(0);
            numbers.Add(10);
        }

        var extra = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in context.Append(example))
        {
            extra.UnionWith(TopicText.Tokenize(text));
        }

        return new VoiceFacts(numbers, WordsOf.GetValue(persona.Text(language), text => AllWords(persona, text)), extra);
    }

    /// <summary>Adds the numbers of <paramref name="tokens"/> (digits or number words) to <paramref name="into"/>.</summary>
    public static void NumbersIn(IReadOnlyList<string> tokens, VoiceWords words, HashSet<int> into)
    {
        foreach (var token in tokens)
        {
            if (Number(token, words) is { } n)
            {
                into.Add(n);
            }
        }
    }

    public static int? Number(string token, VoiceWords words) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : words.Numbers.TryGetValue(token, out var w) ? w
        : null;

    private static HashSet<int> PersonaNumbers(Persona persona, PersonaText text, VoiceWords words)
    {
        var numbers = new HashSet<int> { persona.Age };
        NumbersIn(TopicText.Tokenize(persona.Background), words, numbers);
        NumbersIn(TopicText.Tokenize(text.Briefing), words, numbers);
        return numbers;
    }

    private static HashSet<string> AllWords(Persona persona, PersonaText text)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        void Add(string line) => all.UnionWith(TopicText.Tokenize(line));
        Add(persona.Name);
        Add(persona.Background);
        Add(persona.SystemConflict ?? string.Empty);
        Add(text.Briefing);
        foreach (var line in persona.People.SelectMany(p => p.Names).Concat(text.Banks.Values.SelectMany(l => l).Concat(text.Answers.Values.SelectMany(a => a.Open.Concat(a.Guarded).Concat(a.Refuse)))))
        {
            Add(line);
        }

        return all;
    }
}
