namespace MiClientBot.Core.Coding;

/// <summary>How one trainee move (a volley) was coded.</summary>
/// <param name="Main">The code that best describes the move; it drives the client's reaction.</param>
/// <param name="Codes">All codes of the volley: at most one question and one reflection code.</param>
/// <param name="Confidence">0..1, how sure the coder is of <paramref name="Main"/>.</param>
/// <param name="Cues">Human-readable explanations shown to trainees, e.g. "you said 'du bør' - a directive".</param>
public sealed record CodingResult(
    MitiCode Main,
    IReadOnlyList<MitiCode> Codes,
    double Confidence,
    IReadOnlyList<string> Cues);
