using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Cli.Configuration;

/// <summary>Loads configuration and personas for a command, turning every problem into a message and an exit code.</summary>
internal static class EngineFactory
{
    public static bool TryLoad(CliContext context, out AppConfig config, out PersonaCatalog catalog)
    {
        config = null!;
        catalog = null!;
        try
        {
            config = AppConfig.Load();
            catalog = PersonaCatalog.Load(config.PersonaDirectory);
            if (!catalog.TryGet(config.Session.DefaultPersona, out _))
            {
                context.Error.WriteLine(UnknownDefaultPersona(config.Session.DefaultPersona, catalog));
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is PersonaValidationException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(e.Message);
            return false;
        }
    }

    /// <summary>The one line for a Session:DefaultPersona that names no persona (the web host refuses to start with it too).</summary>
    public static string UnknownDefaultPersona(string id, PersonaCatalog catalog) =>
        $"Session:DefaultPersona '{id}' is not one of the personas ({string.Join(", ", catalog.All.Select(p => p.Id))}): set it to one of them in appsettings.json.";

    public static ClientEngine CreateEngine(PersonaCatalog catalog) => new(catalog, TraineeMoveCoder.CreateDefault());

    /// <summary>Resolves persona and language, or writes one line naming what is available.</summary>
    public static bool TryResolve(CliContext context, PersonaCatalog catalog, string personaId, string? languageCode, out Persona persona, out Language language)
    {
        language = Language.En;
        if (!catalog.TryGet(personaId, out persona))
        {
            context.Error.WriteLine($"Unknown persona '{personaId}'. Available personas: {string.Join(", ", catalog.All.Select(p => p.Id))}.");
            return false;
        }

        if (languageCode is null)
        {
            language = persona.Languages[0];
            return true;
        }

        if (!LanguageCodes.TryParse(languageCode, out language) || !persona.Speaks(language))
        {
            context.Error.WriteLine($"Unknown language '{languageCode}' for {persona.Name}. Available languages: {string.Join(", ", persona.Languages.Select(l => l.ToCode()))}.");
            return false;
        }

        return true;
    }
}
