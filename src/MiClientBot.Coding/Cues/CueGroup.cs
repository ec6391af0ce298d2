namespace MiClientBot.Coding.Cues;

/// <summary>The phrases of one category in a pack file, in the order the lexicon reads them.</summary>
internal sealed record CueGroup(CueCategory Category, IReadOnlyList<string> Phrases);
