using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Instructor;

/// <summary>One session as the instructor's list, the exports and the projector show it.</summary>
internal sealed record SessionView(
    string Id,
    string Channel,
    string? Persona,
    string? PersonaName,
    string Language,
    string? Trainee,
    int Turns,
    string? State,
    double? Sustain,
    double? Autonomy,
    double? Discord,
    double? Pressure,
    string? Talk,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt)
{
    public bool HasRolePlay => Persona is not null && State is not null;

    public static SessionView Of(ArchivedConversation conversation, PersonaCatalog personas)
    {
        var state = conversation.Stored.State;
        var session = state.PersonaId is null ? null : state.Session;
        var name = state.PersonaId is not null && personas.TryGet(state.PersonaId, out var persona) ? persona.Name : null;
        var separator = conversation.Key.IndexOf(':', StringComparison.Ordinal);
        var levels = session?.Resistance.Rounded();
        return new SessionView(
            conversation.Id,
            separator > 0 ? conversation.Key[..separator] : "unknown",
            state.PersonaId,
            name,
            state.Language.ToCode(),
            conversation.Trainee,
            session?.Turn ?? 0,
            session?.State.ToName(),
            levels?.Sustain,
            levels?.Autonomy,
            levels?.Discord,
            session is null ? null : Math.Round(session.Resistance.Pressure, 1),
            session?.LastTalk.ToName(),
            conversation.StartedAt,
            conversation.UpdatedAt);
    }
}
