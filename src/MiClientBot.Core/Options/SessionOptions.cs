using MiClientBot.Coding;

namespace MiClientBot.Core.Options;

/// <summary>The "Session" section of appsettings.json: defaults for new role-plays.</summary>
public sealed class SessionOptions
{
    /// <summary>The section name in appsettings.json.</summary>
    public const string Section = "Session";

    /// <summary>The persona offered first.</summary>
    public string DefaultPersona { get; set; } = "lasse";

    /// <summary>The language used when the channel does not say (en, nb or da).</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>Coach mode for new sessions: hints after pushing moves (true for self-study, false for exams).</summary>
    public bool Coach { get; set; } = true;

    /// <summary>Problems with the values, empty when valid.</summary>
    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(DefaultPersona))
        {
            yield return "Session:DefaultPersona must name a persona.";
        }

        if (!LanguageCodes.TryParse(DefaultLanguage, out _))
        {
            yield return $"Session:DefaultLanguage '{DefaultLanguage}' is not one of en, nb, da.";
        }
    }
}
