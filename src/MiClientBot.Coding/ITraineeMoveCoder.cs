namespace MiClientBot.Coding;

/// <summary>Codes a trainee's utterance with MITI 4.2.1 behaviour codes.</summary>
public interface ITraineeMoveCoder
{
    /// <summary>
    /// Codes <paramref name="utterance"/> in <paramref name="language"/>, reading
    /// <paramref name="previousClient"/> (the client's last words, if any) as context.
    /// Never throws: unreadable input is coded <see cref="MitiCode.Other"/>.
    /// </summary>
    CodingResult Code(string utterance, Language language, string? previousClient);
}
