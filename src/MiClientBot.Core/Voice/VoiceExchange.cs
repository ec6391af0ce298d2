namespace MiClientBot.Core.Voice;

/// <summary>One earlier exchange: what the helper said and what the client answered.</summary>
public sealed record VoiceExchange(string Helper, string Client);
