using System.Text.Json.Serialization;

namespace MiClientBot.Core.Scoring;

/// <summary>The feedback report of one session: MITI counts and scores, estimated globals, the balloon, the client's talk, key moments and how the client felt.</summary>
public sealed record SessionReport(
    string PersonaId,
    string PersonaName,
    string Language,
    int Turns,
    string FinalState,
    MitiCounts Counts,
    IReadOnlyList<SummaryScore> Scores,
    IReadOnlyList<GlobalEstimate> Globals,
    IReadOnlyList<BalloonPoint> Balloon,
    IReadOnlyList<VoicedTalk> Talk,
    IReadOnlyList<KeyMoment> KeyMoments,
    IReadOnlyList<string> ClientFelt)
{
    /// <summary>Set when a model voice was on: how many replies it phrased. Null (and left out of JSON) when it was off.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public VoiceUse? Voice { get; init; }
}
