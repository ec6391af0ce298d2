using MiClientBot.Core.Options;
using Microsoft.Extensions.Configuration;

namespace MiClientBot.Cli.Configuration;

/// <summary>appsettings.json (the one configuration file, shared with the web host) and the options bound from it.</summary>
internal sealed record AppConfig(string BaseDirectory, PersonasOptions Personas, SessionOptions Session)
{
    public string PersonaDirectory => Path.GetFullPath(Path.Combine(BaseDirectory, Personas.Directory));

    /// <summary>Reads the nearest appsettings.json above the working directory, else above the program.</summary>
    public static AppConfig Load()
    {
        var file = SettingsFile.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var baseDirectory = file is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(file)!;
        var builder = new ConfigurationBuilder();
        if (file is not null)
        {
            builder.AddJsonFile(file, optional: false);
        }

        var configuration = builder.Build();
        var personas = configuration.GetSection(PersonasOptions.Section).Get<PersonasOptions>() ?? new PersonasOptions();
        var session = configuration.GetSection(SessionOptions.Section).Get<SessionOptions>() ?? new SessionOptions();
        var problems = personas.Validate().Concat(session.Validate()).ToList();
        return problems.Count > 0
            ? throw new InvalidOperationException($"{file ?? SettingsFile.FileName}: " + string.Join(" ", problems))
            : new AppConfig(baseDirectory, personas, session);
    }
}
