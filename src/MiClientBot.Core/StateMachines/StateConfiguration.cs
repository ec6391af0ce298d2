namespace MiClientBot.Core.StateMachines;

/// <summary>The transitions and entry/exit actions of one state; obtained from <see cref="StateMachine{TState,TTrigger}.Configure"/>.</summary>
internal sealed class StateConfiguration<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private static readonly Func<bool> Always = () => true;

    internal StateConfiguration(TState state) => State = state;

    internal TState State { get; }

    internal List<TriggerBehaviour<TState, TTrigger>> Behaviours { get; } = [];

    internal List<Action<Transition<TState, TTrigger>>> EntryActions { get; } = [];

    internal List<Action<Transition<TState, TTrigger>>> ExitActions { get; } = [];

    public StateConfiguration<TState, TTrigger> Permit(TTrigger trigger, TState destination)
    {
        Behaviours.Add(new(trigger, destination, Always, null));
        return this;
    }

    /// <summary>Permits the transition when <paramref name="guard"/> holds; of several passing guards the first configured wins.</summary>
    public StateConfiguration<TState, TTrigger> PermitIf(TTrigger trigger, TState destination, Func<bool> guard, string guardDescription)
    {
        Behaviours.Add(new(trigger, destination, guard, guardDescription));
        return this;
    }

    /// <summary>Permits the same guarded transition for several triggers.</summary>
    public StateConfiguration<TState, TTrigger> PermitIf(IEnumerable<TTrigger> triggers, TState destination, Func<bool> guard, string guardDescription)
    {
        foreach (var trigger in triggers)
        {
            PermitIf(trigger, destination, guard, guardDescription);
        }

        return this;
    }

    public StateConfiguration<TState, TTrigger> OnEntry(Action<Transition<TState, TTrigger>> action)
    {
        EntryActions.Add(action);
        return this;
    }

    public StateConfiguration<TState, TTrigger> OnExit(Action<Transition<TState, TTrigger>> action)
    {
        ExitActions.Add(action);
        return this;
    }
}
