namespace MiClientBot.Core.Evaluation;

/// <summary>One utterance of an AnnoMI transcript (after taking the annotators' majority).</summary>
public sealed record AnnoMiUtterance(
    int TranscriptId,
    string MiQuality,
    int UtteranceId,
    bool IsTherapist,
    string Text,
    string MainBehaviour,
    string ClientTalkType,
    string? ReflectionSubtype,
    string? QuestionSubtype);
