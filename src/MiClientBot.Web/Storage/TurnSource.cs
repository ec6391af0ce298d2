namespace MiClientBot.Web.Storage;

/// <summary>Who sent a turn and what they wrote, for the transcript and the instructor's list.</summary>
internal sealed record TurnSource(string? TraineeName, string? Text);
