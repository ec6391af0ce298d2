using MiClientBot.Core.Sessions;

namespace MiClientBot.Coding.Training.Evaluation;

/// <summary>How one replayed AnnoMI transcript left the client.</summary>
/// <param name="TranscriptId">The AnnoMI transcript.</param>
/// <param name="Quality">Its MI quality, "high" or "low" ("unknown" without the column).</param>
/// <param name="Turns">The therapist moves replayed.</param>
/// <param name="MeanPressure">The balloon's mean pressure over all turns: the session's score.</param>
/// <param name="FinalPressure">The pressure after the last move.</param>
/// <param name="FinalState">Where the client ended.</param>
public sealed record TranscriptScore(string TranscriptId, string Quality, int Turns, double MeanPressure, double FinalPressure, ClientState FinalState);
