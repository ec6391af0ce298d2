using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Evaluation;

/// <summary>How one replayed AnnoMI transcript left the client.</summary>
internal sealed record TranscriptScore(string TranscriptId, string Quality, int Turns, double MeanPressure, double FinalPressure, ClientState FinalState);
