namespace MiClientBot.Core.Sessions;

/// <summary>A new session: its state, the briefing for the trainee and the client's first words.</summary>
public sealed record SessionOpening(SessionState State, string Briefing, string Greeting);
