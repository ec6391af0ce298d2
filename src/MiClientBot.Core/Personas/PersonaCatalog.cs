namespace MiClientBot.Core.Personas;

/// <summary>The personas of a scenarios folder, all validated.</summary>
public sealed class PersonaCatalog
{
    private readonly Dictionary<string, Persona> _byId;

    internal PersonaCatalog(IEnumerable<Persona> personas)
    {
        _byId = personas.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        All = [.. _byId.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>The folder the personas were loaded from (null when built in memory); drills sit in its drills/ subfolder.</summary>
    public string? Folder { get; private init; }

    /// <summary>Every persona, ordered by id.</summary>
    public IReadOnlyList<Persona> All { get; }

    /// <summary>Loads every <c>*.yaml</c> file of <paramref name="directory"/>.</summary>
    /// <exception cref="PersonaValidationException">Any file is invalid; the message lists every problem.</exception>
    public static PersonaCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            // A wrong setting, not a wrong file: one line that names the setting.
            throw new PersonaValidationException(
                $"Personas:Directory: the folder {directory} does not exist. Set Personas:Directory in appsettings.json to the folder of persona files (relative to appsettings.json; the repository's is scenarios).");
        }

        var (personas, issues) = Validate(directory);
        return issues.Count > 0 ? throw new PersonaValidationException(issues) : new PersonaCatalog(personas) { Folder = directory };
    }

    /// <summary>Reads every file of <paramref name="directory"/> and returns the valid personas and all problems.</summary>
    public static (IReadOnlyList<Persona> Personas, IReadOnlyList<PersonaIssue> Issues) Validate(string directory)
    {
        var issues = new List<PersonaIssue>();
        var personas = new List<Persona>();
        if (!Directory.Exists(directory))
        {
            issues.Add(new PersonaIssue(directory, 0, "the persona folder does not exist (Personas:Directory in appsettings.json)"));
            return (personas, issues);
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            var persona = PersonaParser.Parse(Path.GetFileName(file), File.ReadAllText(file), issues);
            if (persona is not null)
            {
                personas.Add(persona);
            }
        }

        if (files.Count == 0)
        {
            issues.Add(new PersonaIssue(directory, 0, "no persona files (*.yaml) found"));
        }

        return (personas, issues);
    }

    /// <summary>Finds a persona by id, ignoring case.</summary>
    public bool TryGet(string id, out Persona persona) => _byId.TryGetValue(id, out persona!);
}
