using System.Globalization;
using MiClientBot.Coding;

namespace MiClientBot.Core;

/// <summary>A table of short texts in English, Norwegian and Danish, looked up by key and formatted invariantly.</summary>
public sealed class LocalizedTexts
{
    private readonly IReadOnlyDictionary<string, (string En, string Nb, string Da)> _texts;

    /// <summary>Creates the table; every entry holds the text in en, nb and da.</summary>
    public LocalizedTexts(IReadOnlyDictionary<string, (string En, string Nb, string Da)> texts) => _texts = texts;

    /// <summary>True when the table has a text for <paramref name="key"/>.</summary>
    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public string Get(string key, Language language, params object[] args)
    {
        var (en, nb, da) = _texts[key];
        var text = language switch { Language.Nb => nb, Language.Da => da, _ => en };
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }
}
