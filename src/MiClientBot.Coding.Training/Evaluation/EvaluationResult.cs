namespace MiClientBot.Coding.Training.Evaluation;

/// <summary>The figures of one evaluation run.</summary>
/// <param name="Behaviour">Four-way AnnoMI main behaviour.</param>
/// <param name="ReflectionComplexity">simple vs complex, on utterances the experts called reflections (full format only).</param>
/// <param name="QuestionType">open vs closed, on utterances the experts called questions (full format only).</param>
/// <param name="ModelOnly">The statistical part alone (argmax of the behaviour head), to show what the rules add.</param>
/// <param name="MainCodes">The coder's main MITI code against the experts' behaviour, to check the mapping.</param>
public sealed record EvaluationResult(
    ClassificationReport Behaviour,
    ClassificationReport? ReflectionComplexity,
    ClassificationReport? QuestionType,
    ClassificationReport ModelOnly,
    Dictionary<(string Gold, MitiCode Main), int> MainCodes);
