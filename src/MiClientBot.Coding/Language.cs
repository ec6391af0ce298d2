namespace MiClientBot.Coding;

/// <summary>A language the client speaks.</summary>
public enum Language
{
    /// <summary>English.</summary>
    En,

    /// <summary>Norwegian bokmål.</summary>
    Nb,

    /// <summary>Danish.</summary>
    Da,
}
