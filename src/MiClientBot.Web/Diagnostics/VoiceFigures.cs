namespace MiClientBot.Web.Diagnostics;

/// <summary>The answer of /diagnostics/voice.</summary>
internal sealed record VoiceFigures(string Provider, long Used, long TimedOut, IReadOnlyDictionary<string, long> Rejected);
