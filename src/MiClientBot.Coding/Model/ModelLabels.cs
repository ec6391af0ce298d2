namespace MiClientBot.Coding.Model;

/// <summary>The labels each head of the model predicts, in the order of its outputs; the trainer and the coder share them.</summary>
public static class ModelLabels
{
    /// <summary>AnnoMI's main therapist behaviour: the four-way decision on a volley's form.</summary>
    public static IReadOnlyList<string> Behaviour { get; } = ["question", "reflection", "therapist_input", "other"];

    /// <summary>The reflection subtype.</summary>
    public static IReadOnlyList<string> Complexity { get; } = ["simple", "complex"];

    /// <summary>The question subtype.</summary>
    public static IReadOnlyList<string> Question { get; } = ["open", "closed"];

    /// <summary>The fine MITI codes by their names ("reflection-complex"), in <see cref="MitiCode"/> order.</summary>
    public static IReadOnlyList<string> MoveCode { get; } = [.. MitiCodes.All.Select(c => c.ToName())];
}
