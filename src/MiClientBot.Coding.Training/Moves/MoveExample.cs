namespace MiClientBot.Coding.Training.Moves;

/// <summary>One typed trainee move with the MITI code an expert gives it, as the move files hold it.</summary>
/// <param name="PreviousClient">The client's line just before, if any.</param>
/// <param name="Utterance">The trainee's move.</param>
/// <param name="Code">The expert's code.</param>
public sealed record MoveExample(string? PreviousClient, string Utterance, MitiCode Code);
