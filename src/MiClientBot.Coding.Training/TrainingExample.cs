namespace MiClientBot.Coding.Training;

/// <summary>One therapist utterance with its expert labels (AnnoMI names), used to train and to evaluate.</summary>
/// <param name="TranscriptId">Groups utterances for transcript-grouped cross-validation.</param>
/// <param name="Utterance">The therapist's words.</param>
/// <param name="PreviousClient">The client's utterance just before, if any.</param>
/// <param name="Behaviour">question, reflection, therapist_input or other.</param>
/// <param name="ReflectionSubtype">simple or complex when the behaviour is a reflection and experts gave one.</param>
/// <param name="QuestionSubtype">open or closed when the behaviour is a question and experts gave one.</param>
public sealed record TrainingExample(
    string TranscriptId,
    string Utterance,
    string? PreviousClient,
    string Behaviour,
    string? ReflectionSubtype,
    string? QuestionSubtype);
