using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;
using Stateless;
using Stateless.Reflection;

namespace MiClientBot.Core.States;

/// <summary>
/// A configured Stateless machine for one change size. The session's state lives outside it (Stateless's
/// external-state constructor over a field), and the turn reaches the guards as the trigger's parameter,
/// so between two calls the machine holds nothing of any session. Not thread-safe: one caller at a time.
/// </summary>
internal sealed class ClientMachine
{
    private readonly StateMachine<ClientState, Trigger> _machine;
    private readonly StateMachine<ClientState, Trigger>.TriggerWithParameters<TurnContext>[] _triggers;
    private ClientState _state;

    public ClientMachine(ChangeSize size)
    {
        _machine = new StateMachine<ClientState, Trigger>(() => _state, s => _state = s, FiringMode.Immediate);
        _triggers = [.. Triggers.Any.Select(_machine.SetTriggerParameters<TurnContext>)];
        ClientStateMachine.Configure(_machine, t => _triggers[(int)t], size);

        // No rule holding is an ordinary turn: the client stays where it is.
        _machine.OnUnhandledTrigger((_, _) => { });
    }

    /// <summary>The state after the turn's move from <paramref name="state"/>; the same one when no rule holds.</summary>
    public ClientState Next(ClientState state, TurnContext context)
    {
        _state = state;
        _machine.Fire(_triggers[(int)Triggers.Of(context.Move)], context);
        return _state;
    }

    /// <summary>The machine's states, transitions and guard descriptions, for Stateless's diagram export.</summary>
    public StateMachineInfo GetInfo() => _machine.GetInfo();
}
