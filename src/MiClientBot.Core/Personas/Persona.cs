using MiClientBot.Coding;
using MiClientBot.Core.Resistance;

namespace MiClientBot.Core.Personas;

/// <summary>A simulated client, read from a scenario file.</summary>
public sealed record Persona(
    string Id,
    string Name,
    int Age,
    IReadOnlyList<Language> Languages,
    string Topic,
    string Background,
    AmbivalenceCross Cross,
    IReadOnlyList<string> DeeperValues,
    string? SystemConflict,
    ResistanceLevels Sensitivities,
    ResistanceLevels Start,
    TargetChange Target,
    IReadOnlyDictionary<Language, PersonaText> Texts)
{
    /// <summary>The topic in each language of the persona picker; where one is missing, <see cref="Topic"/> (English) stands in.</summary>
    public IReadOnlyDictionary<Language, string> Topics { get; init; } = new Dictionary<Language, string>();

    /// <summary>The named people and pets in the client's life.</summary>
    public IReadOnlyList<LifePerson> People { get; init; } = [];

    /// <summary>Where the client stands on importance and confidence at the start.</summary>
    public StartingScales Scales { get; init; } = StartingScales.Default;

    /// <summary>The topic as the persona picker shows it in <paramref name="language"/>.</summary>
    public string TopicIn(Language language) => Topics.TryGetValue(language, out var topic) ? topic : Topic;

    /// <summary>True when the persona can be played in <paramref name="language"/>.</summary>
    public bool Speaks(Language language) => Texts.ContainsKey(language);

    /// <summary>The persona's words in <paramref name="language"/>.</summary>
    public PersonaText Text(Language language) => Texts[language];
}
