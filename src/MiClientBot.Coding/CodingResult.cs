namespace MiClientBot.Coding;

/// <summary>How one trainee move (a volley) was coded.</summary>
/// <param name="Main">The code that best describes the move; it drives the client's reaction.</param>
/// <param name="Codes">All codes of the volley: at most one question and one reflection code.</param>
/// <param name="Confidence">0..1, how sure the coder is of <paramref name="Main"/>.</param>
/// <param name="Cues">Human-readable explanations shown to trainees, e.g. "you said 'du bør' - a directive".</param>
public sealed record CodingResult(
    MitiCode Main,
    IReadOnlyList<MitiCode> Codes,
    double Confidence,
    IReadOnlyList<string> Cues)
{
    /// <summary>The reflection subtype the coder would give if the move is a reflection (scores subtypes given the experts' behaviour).</summary>
    public MitiCode ReflectionSubtype { get; init; } = MitiCode.ReflectionSimple;

    /// <summary>The statistical part's own four-way AnnoMI behaviour, or null without a model (diagnostics).</summary>
    public string? ModelBehaviour { get; init; }

    /// <summary>The four-way decision on the volley's form (AnnoMI's main behaviour), before the fine MITI code.</summary>
    internal string Form { get; init; } = "other";

    /// <summary>The question subtype the coder would give if the move is a question.</summary>
    public MitiCode QuestionSubtype { get; init; } = MitiCode.QuestionClosed;
}
