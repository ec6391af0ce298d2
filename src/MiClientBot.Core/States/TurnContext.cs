using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Resistance;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.States;

/// <summary>What the state machine's guards read after the balloon has moved for this turn.</summary>
internal sealed record TurnContext(
    MitiCode Move,
    ResistanceLevels Resistance,
    double Trust,
    double ChangeTalk,
    int TurnsInState,
    int DiscordStrain,
    int TurnsSincePush,
    ClientState Resume,
    ChangeSize Size,
    int ChangeVoiced = 0);
