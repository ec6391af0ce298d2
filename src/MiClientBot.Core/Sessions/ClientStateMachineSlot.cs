using MiClientBot.Core.Coding;
using MiClientBot.Core.StateMachines;

namespace MiClientBot.Core.Sessions;

/// <summary>
/// A thread's reusable client state machine and the turn it is firing for. Building the machine (closures,
/// trigger lists, per-state tables) cost about a third of an engine turn, and the machine keeps no state of
/// its own between fires, so each thread builds it once and points it at the turn in hand.
/// </summary>
internal sealed class ClientStateMachineSlot
{
    [ThreadStatic]
    private static ClientStateMachineSlot? t_current;

    private readonly StateMachine<ClientState, MitiCode> _machine;
    private ClientState _state;
    private TurnContext _context = null!;

    private ClientStateMachineSlot() => _machine = ClientStateMachine.Create(() => _state, s => _state = s, () => _context);

    /// <summary>The state after <paramref name="move"/> from <paramref name="state"/>; the same one when no transition is permitted.</summary>
    public static ClientState Next(ClientState state, TurnContext context, MitiCode move)
    {
        var slot = t_current ??= new ClientStateMachineSlot();
        (slot._state, slot._context) = (state, context);
        slot._machine.TryFire(move);
        return slot._state;
    }
}
