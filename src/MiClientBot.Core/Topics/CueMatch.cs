namespace MiClientBot.Core.Topics;

/// <summary>A cue found in an utterance: its list, the cue, and the word it starts at.</summary>
internal readonly record struct CueMatch(CueList List, Cue Cue, int At);
