namespace MiClientBot.Core.Scoring;

/// <summary>Change or sustain talk the client voiced, with its DARN-CAT subtype where it has one.</summary>
public sealed record VoicedTalk(int Turn, string Talk, string? Subtype, string Text);
