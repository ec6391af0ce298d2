namespace MiClientBot.Core.StateMachines;

/// <summary>A transition taken by a <see cref="StateMachine{TState,TTrigger}"/>.</summary>
internal sealed record Transition<TState, TTrigger>(TState Source, TState Destination, TTrigger Trigger);
