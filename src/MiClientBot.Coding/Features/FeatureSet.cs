namespace MiClientBot.Coding.Features;

/// <summary>Which features a model reads.</summary>
public enum FeatureSet
{
    /// <summary>Only language-neutral features (word classes from the lexicons, punctuation, length, overlap): for nb and da.</summary>
    Transfer,

    /// <summary>The neutral features plus English word n-grams: for English.</summary>
    Lexical,
}
