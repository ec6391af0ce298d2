using MiClientBot.Core.Options;
using Microsoft.Extensions.Configuration;

namespace MiClientBot.Cli.Configuration;

/// <summary>appsettings.json (the one configuration file, shared with the web host) and the options bound from it.</summary>
internal sealed record AppConfig(string BaseDirectory, PersonasOptions Personas, SessionOptions Session)
{
    public string PersonaDirectory => Path.GetFullPath(Path.Combine(BaseDirectory, Personas.Directory));

    /// <summary>Reads the nearest appsettings.json above the working directory, else above the program, then the environment.</summary>
    public static AppConfig Load()
    {
        var file = SettingsFile.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var baseDirectory = file is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(file)!;
        var builder = new ConfigurationBuilder();
        if (file is not null)
        {
            builder.AddJsonFile(file, optional: false);
        }

        // As for the web host, an environment variable (Session__Coach=false) wins over the file.
        builder.AddEnvironmentVariables();

        PersonasOptions personas;
        SessionOptions session;
        try
        {
            var configuration = builder.Build();
            personas = configuration.GetSection(PersonasOptions.Section).Get<PersonasOptions>() ?? new PersonasOptions();
            session = configuration.GetSection(SessionOptions.Section).Get<SessionOptions>() ?? new SessionOptions();
        }
        catch (Exception e) when (ConfigurationMistake.Describe(e) is { } mistake)
        {
            throw new InvalidOperationException(mistake, e);
        }

        var problems = personas.Validate().Concat(session.Validate()).ToList();
        return problems.Count > 0
            ? throw new InvalidOperationException($"{file ?? SettingsFile.FileName}: " + string.Join(" ", problems))
            : new AppConfig(baseDirectory, personas, session);
    }
}
