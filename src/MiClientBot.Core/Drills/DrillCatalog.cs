using MiClientBot.Coding;
using MiClientBot.Core.Personas;

namespace MiClientBot.Core.Drills;

/// <summary>
/// The drills of a folder (scenarios/drills/), by persona and language. Loading never throws on a bad
/// file: a drill with a problem is left out and the problem kept in <see cref="Issues"/>, so a broken
/// file cannot stop a host; <c>mi-client personas validate</c> reports the same problems.
/// </summary>
public sealed class DrillCatalog
{
    /// <summary>The folder beside the personas that holds the drill files.</summary>
    public const string FolderName = "drills";

    private readonly Dictionary<(string Persona, Language Language), IReadOnlyList<Drill>> _drills;

    private DrillCatalog(IEnumerable<Drill> drills, IReadOnlyList<PersonaIssue> issues)
    {
        _drills = drills
            .GroupBy(d => (d.PersonaId.ToLowerInvariant(), d.Language))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Drill>)[.. g]);
        Issues = issues;
    }

    /// <summary>An empty catalog (no drill folder).</summary>
    public static DrillCatalog Empty { get; } = new([], []);

    /// <summary>Every problem found while loading, as file:line: problem.</summary>
    public IReadOnlyList<PersonaIssue> Issues { get; }

    /// <summary>The drills of the folder beside a loaded persona catalog (its drills/ subfolder); empty when there is none.</summary>
    public static DrillCatalog Beside(PersonaCatalog personas) =>
        personas.Folder is { } folder ? Load(Path.Combine(folder, FolderName), personas.All) : Empty;

    /// <summary>Loads every *.yaml of <paramref name="directory"/> (README and other files are ignored); a missing folder gives an empty catalog.</summary>
    public static DrillCatalog Load(string directory, IReadOnlyList<Persona> personas)
    {
        var (drills, issues) = Validate(directory, personas);
        return new DrillCatalog(drills, issues);
    }

    /// <summary>Reads every drill file of <paramref name="directory"/> and returns the valid drills and all problems.</summary>
    public static (IReadOnlyList<Drill> Drills, IReadOnlyList<PersonaIssue> Issues) Validate(string directory, IReadOnlyList<Persona> personas)
    {
        var issues = new List<PersonaIssue>();
        var drills = new List<Drill>();
        if (!Directory.Exists(directory))
        {
            return (drills, issues);
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = FolderName + "/" + Path.GetFileName(file);
            try
            {
                drills.AddRange(DrillParser.Parse(name, File.ReadAllText(file), personas, issues));
            }
            catch (IOException e)
            {
                issues.Add(new PersonaIssue(name, 0, "cannot read the file: " + e.Message));
            }
        }

        return (drills, issues);
    }

    /// <summary>The drills for a persona in a language, in file order; empty when there are none.</summary>
    public IReadOnlyList<Drill> For(string personaId, Language language) =>
        _drills.TryGetValue((personaId.ToLowerInvariant(), language), out var drills) ? drills : [];

    /// <summary>True when a file for <paramref name="personaId"/> had problems (some of its drills may be missing).</summary>
    public bool HasIssues(string personaId) =>
        Issues.Any(i => string.Equals(Path.GetFileNameWithoutExtension(i.File), personaId, StringComparison.OrdinalIgnoreCase));
}
