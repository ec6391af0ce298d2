namespace MiClientBot.Core.Options;

/// <summary>The "Personas" section of appsettings.json.</summary>
public sealed class PersonasOptions
{
    /// <summary>The section name in appsettings.json.</summary>
    public const string Section = "Personas";

    /// <summary>The folder of persona files, relative to appsettings.json.</summary>
    public string Directory { get; set; } = "scenarios";

    /// <summary>Problems with the values, empty when valid.</summary>
    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory))
        {
            yield return "Personas:Directory must name the folder of persona files.";
        }
    }
}
