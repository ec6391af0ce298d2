using MiClientBot.Coding;
using MiClientBot.Core.Personas;

namespace MiClientBot.Core.Tests.Support;

/// <summary>The shipped personas, loaded once for all tests.</summary>
internal static class Catalogs
{
    private static readonly Lazy<PersonaCatalog> Shipped = new(() => PersonaCatalog.Load(Repo.Scenarios));

    public static PersonaCatalog Scenarios => Shipped.Value;

    /// <summary>Every (persona, language) the shipped files declare.</summary>
    public static TheoryData<string, string> PersonaLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var persona in Scenarios.All)
        {
            foreach (var language in persona.Languages)
            {
                data.Add(persona.Id, language.ToCode());
            }
        }

        return data;
    }
}
