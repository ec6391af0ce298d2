namespace MiClientBot.Core.StateMachines;

/// <summary>One permitted transition of a state: its trigger, destination and optional guard.</summary>
internal sealed record TriggerBehaviour<TState, TTrigger>(
    TTrigger Trigger,
    TState Destination,
    Func<bool> Guard,
    string? GuardDescription);
