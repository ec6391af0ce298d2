using System.Text;

namespace MiClientBot.Core.StateMachines;

/// <summary>
/// A small state machine in the shape of the Stateless library (not available here): states are
/// configured with guarded transitions per trigger, and the state itself lives outside the machine
/// (accessor and mutator) so that a session can be serialized and restored.
/// </summary>
internal sealed class StateMachine<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Func<TState> _read;
    private readonly Action<TState> _write;
    private readonly Dictionary<TState, StateConfiguration<TState, TTrigger>> _states = [];

    public StateMachine(Func<TState> stateAccessor, Action<TState> stateMutator)
    {
        _read = stateAccessor;
        _write = stateMutator;
    }

    public StateMachine(TState initialState)
    {
        var state = initialState;
        _read = () => state;
        _write = s => state = s;
    }

    public TState State => _read();

    /// <summary>The triggers whose guards pass in the current state.</summary>
    public IEnumerable<TTrigger> PermittedTriggers =>
        Behaviours(State).Where(b => b.Guard()).Select(b => b.Trigger).Distinct();

    public StateConfiguration<TState, TTrigger> Configure(TState state)
    {
        if (!_states.TryGetValue(state, out var configuration))
        {
            configuration = new StateConfiguration<TState, TTrigger>(state);
            _states[state] = configuration;
        }

        return configuration;
    }

    public bool CanFire(TTrigger trigger) => Find(trigger) is not null;

    /// <summary>Fires <paramref name="trigger"/>; throws when no transition is permitted.</summary>
    public void Fire(TTrigger trigger)
    {
        if (!TryFire(trigger))
        {
            throw new InvalidOperationException($"No valid leaving transitions are permitted from state '{State}' for trigger '{trigger}'.");
        }
    }

    /// <summary>Fires <paramref name="trigger"/> if a transition is permitted; returns whether one was taken.</summary>
    public bool TryFire(TTrigger trigger)
    {
        var behaviour = Find(trigger);
        if (behaviour is null)
        {
            return false;
        }

        if (HasActions(State, behaviour.Destination))
        {
            FireWithActions(new Transition<TState, TTrigger>(State, behaviour.Destination, trigger));
        }
        else
        {
            // The usual case: no entry or exit actions, so no transition record is needed.
            _write(behaviour.Destination);
        }

        return true;
    }

    private bool HasActions(TState source, TState destination) =>
        (_states.TryGetValue(source, out var from) && from.ExitActions.Count > 0)
        || (_states.TryGetValue(destination, out var to) && to.EntryActions.Count > 0);

    private void FireWithActions(Transition<TState, TTrigger> transition)
    {
        if (_states.TryGetValue(transition.Source, out var source))
        {
            source.ExitActions.ForEach(a => a(transition));
        }

        _write(transition.Destination);
        if (_states.TryGetValue(transition.Destination, out var destination))
        {
            destination.EntryActions.ForEach(a => a(transition));
        }
    }

    /// <summary>The machine as a Mermaid state diagram; triggers sharing a transition are grouped on one edge.</summary>
    public string ToMermaid(Func<TState, string>? stateName = null, Func<IReadOnlyList<TTrigger>, string>? triggersLabel = null)
    {
        stateName ??= s => s.ToString()!;
        var sb = new StringBuilder("stateDiagram-v2\n").Append("    [*] --> ").Append(stateName(State)).Append('\n');
        foreach (var (from, to, label) in Edges(stateName, triggersLabel))
        {
            sb.Append("    ").Append(from).Append(" --> ").Append(to).Append(" : ").Append(label.Replace(":", "=", StringComparison.Ordinal)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The machine as a Graphviz DOT digraph.</summary>
    public string ToDot(Func<TState, string>? stateName = null, Func<IReadOnlyList<TTrigger>, string>? triggersLabel = null)
    {
        stateName ??= s => s.ToString()!;
        var sb = new StringBuilder("digraph {\n");
        foreach (var (from, to, label) in Edges(stateName, triggersLabel))
        {
            sb.Append($"    \"{from}\" -> \"{to}\" [label=\"{label.Replace("\"", "'", StringComparison.Ordinal)}\"];\n");
        }

        return sb.Append("}\n").ToString();
    }

    /// <summary>One edge per (source, destination, guard), labelled with its triggers and the guard's description.</summary>
    private IEnumerable<(string From, string To, string Label)> Edges(Func<TState, string> stateName, Func<IReadOnlyList<TTrigger>, string>? triggersLabel)
    {
        triggersLabel ??= triggers => string.Join(", ", triggers);
        return _states.Values
            .SelectMany(c => c.Behaviours.Select(b => (From: stateName(c.State), To: stateName(b.Destination), b.GuardDescription, b.Trigger)))
            .GroupBy(e => (e.From, e.To, e.GuardDescription))
            .Select(g => (g.Key.From, g.Key.To,
                triggersLabel([.. g.Select(e => e.Trigger).Distinct()]) + (g.Key.GuardDescription is null ? string.Empty : $" [{g.Key.GuardDescription}]")));
    }

    private IEnumerable<TriggerBehaviour<TState, TTrigger>> Behaviours(TState state) =>
        _states.TryGetValue(state, out var configuration) ? configuration.Behaviours : [];

    /// <summary>The first behaviour for the trigger whose guard passes (a loop: this runs on every engine turn).</summary>
    private TriggerBehaviour<TState, TTrigger>? Find(TTrigger trigger)
    {
        if (!_states.TryGetValue(State, out var configuration))
        {
            return null;
        }

        foreach (var behaviour in configuration.Behaviours)
        {
            if (EqualityComparer<TTrigger>.Default.Equals(behaviour.Trigger, trigger) && behaviour.Guard())
            {
                return behaviour;
            }
        }

        return null;
    }
}
