namespace MiClientBot.Coding.Cues;

/// <summary>A language's cue words as its data file (Packs/LANG.json) holds them; see <see cref="LanguagePack"/> for what each list is for.</summary>
internal sealed record LanguagePackFile(
    string Language,
    IReadOnlyList<CueGroup> Cues,
    IReadOnlyList<string> OpenQuestionWords,
    IReadOnlyList<string> ClosedQuestionStarters,
    IReadOnlyList<string> NonVerbStarters,
    bool VerbFirstQuestions,
    IReadOnlyList<string> RequestWords,
    IReadOnlyList<string> SubjectPronouns,
    IReadOnlyList<string> SecondPerson,
    IReadOnlyList<string> FirstPerson,
    IReadOnlyList<string> FirstPersonPlural,
    IReadOnlyList<string> Openers,
    IReadOnlyList<string> Stopwords,
    IReadOnlyList<string> Backchannels,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> Determiners,
    IReadOnlyList<string> Fillers,
    IReadOnlyList<string> FrameVerbs,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> ClausePrepositions,
    IReadOnlyList<string> CueKeyIgnored,
    IReadOnlyList<string> Minimizers,
    IReadOnlyList<string> PastMarkers,
    IReadOnlyList<string> AssertionParticles,
    IReadOnlyDictionary<string, string> Spellings);
