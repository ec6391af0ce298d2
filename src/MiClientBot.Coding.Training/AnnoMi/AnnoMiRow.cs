namespace MiClientBot.Coding.Training.AnnoMi;

/// <summary>One row of an AnnoMI CSV (simple or full format); the full format adds annotator columns.</summary>
internal sealed record AnnoMiRow(
    string TranscriptId,
    int UtteranceId,
    bool IsTherapist,
    string Text,
    string Behaviour,
    string? ReflectionSubtype,
    string? QuestionSubtype);
