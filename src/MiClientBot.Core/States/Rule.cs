using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.States;

/// <summary>One way out of a state: to <paramref name="To"/> on any of <paramref name="On"/> when <paramref name="When"/> holds.</summary>
internal sealed record Rule(ClientState To, Trigger[] On, Guard When);
