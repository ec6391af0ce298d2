namespace MiClientBot.Core.Personas;

/// <summary>A named person (or pet) in the client's life, so that "your daughter" or "Emma" finds the same answers.</summary>
/// <param name="Id">Lower-case id; the topic is <c>person.{Id}</c>.</param>
/// <param name="Names">Names the trainee may use, lower-case.</param>
/// <param name="Roles">Roles from <see cref="LifeRoles.All"/>.</param>
public sealed record LifePerson(string Id, IReadOnlyList<string> Names, IReadOnlyList<string> Roles)
{
    /// <summary>The answer topic about this person.</summary>
    public string Topic => "person." + Id;
}
