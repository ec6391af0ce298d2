namespace MiClientBot.Core.Scoring;

/// <summary>That a model voice was on in the session, and how many of the client's replies it phrased (the rest were scripted).</summary>
public sealed record VoiceUse(int Phrased, int Replies);
