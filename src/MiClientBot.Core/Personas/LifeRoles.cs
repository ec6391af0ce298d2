namespace MiClientBot.Core.Personas;

/// <summary>The roles a person in the client's life can have; the words for them are per language in the topic cues.</summary>
public static class LifeRoles
{
    /// <summary>Every role a persona file may name.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "partner", "ex", "daughter", "son", "child", "grandchild", "mother", "father", "sister", "brother",
        "friend", "boss", "colleague", "doctor", "pet", "family",
    ];
}
