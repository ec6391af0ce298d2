using System.Collections.Concurrent;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.States;

/// <summary>
/// Configured client machines, reused across turns. Configuring one costs several engine turns (see
/// bench/README.md), so machines are kept; but a Stateless machine is not safe to fire from two threads,
/// and its external state and the turn are set per call. So each machine is owned by one caller from
/// <see cref="ConcurrentBag{T}.TryTake"/> to <see cref="ConcurrentBag{T}.Add"/>: a turn takes an idle
/// machine of its persona's change size (or configures a new one when all are busy), fires it, and puts it
/// back. There are never more machines than turns that ran at the same time.
/// </summary>
internal sealed class ClientMachines
{
    private readonly ConcurrentBag<ClientMachine>[] _idle = [.. Enum.GetValues<Personas.ChangeSize>().Select(_ => new ConcurrentBag<ClientMachine>())];

    /// <summary>The client's state after this turn.</summary>
    public ClientState Next(ClientState state, TurnContext context)
    {
        var idle = _idle[(int)context.Size];
        if (!idle.TryTake(out var machine))
        {
            machine = new ClientMachine(context.Size);
        }

        try
        {
            return machine.Next(state, context);
        }
        finally
        {
            idle.Add(machine);
        }
    }
}
