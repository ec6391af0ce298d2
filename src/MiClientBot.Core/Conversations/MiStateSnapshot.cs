using MiClientBot.Core.Resistance;

namespace MiClientBot.Core.Conversations;

/// <summary>The balloon after a turn: the value of the `mi.state` event that the web page draws from.</summary>
public sealed record MiStateSnapshot(int Turn, string State, ResistanceLevels Resistance, double Pressure, string Talk) : ConversationOutput;
