namespace MiClientBot.Core.Personas;

/// <summary>The change the conversation is about, and what counts as the client committing to it.</summary>
public sealed record TargetChange(ChangeSize Size, string Description, string Commitment);
