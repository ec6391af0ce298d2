namespace MiClientBot.Coding.Analysis;

/// <summary>
/// One cue sentence in en, nb and da, with at most one slot <c>{0}</c> for what the trainee said
/// (or a number). The coder builds the English form; <see cref="CueText.Localize"/> recognises it
/// and renders the same cue in the session language, the slot carried over as the trainee wrote it.
/// </summary>
internal sealed class CueTemplate
{
    private const string Slot = "{0}";

    private readonly string[] _prefixes;
    private readonly string[] _suffixes;
    private readonly string[] _separators;

    /// <summary>Creates a row; every language uses <c>{0}</c> where the English does.</summary>
    /// <param name="en">What the coder produces, word for word.</param>
    /// <param name="nb">The same cue for a Norwegian trainee.</param>
    /// <param name="da">The same cue for a Danish trainee.</param>
    /// <param name="list">
    /// The slot holds several quoted words ("'tired', 'bins'"); each is quoted again in the
    /// language's own marks rather than kept inside English ones.
    /// </param>
    public CueTemplate(string en, string nb, string da, bool list = false)
    {
        En = en;
        Nb = nb;
        Da = da;
        IsList = list;
        HasSlot = en.Contains(Slot, StringComparison.Ordinal);

        // Split once so that building a cue is one concatenation and recognising one is a
        // prefix and suffix comparison, with no format string parsed per move.
        string[] texts = [en, nb, da];
        _prefixes = new string[texts.Length];
        _suffixes = new string[texts.Length];
        _separators = new string[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var at = texts[i].IndexOf(Slot, StringComparison.Ordinal);
            _prefixes[i] = at < 0 ? texts[i] : texts[i][..at];
            _suffixes[i] = at < 0 ? string.Empty : texts[i][(at + Slot.Length)..];
            _separators[i] = _prefixes[i].Length == 0 || _suffixes[i].Length == 0
                ? ", "
                : string.Concat(_suffixes[i].AsSpan(0, 1), ", ", _prefixes[i].AsSpan(_prefixes[i].Length - 1));
        }
    }

    /// <summary>The English text, as trainees in English sessions read it and as the coder stores it.</summary>
    public string En { get; }

    /// <summary>The Norwegian bokmål text.</summary>
    public string Nb { get; }

    /// <summary>The Danish text.</summary>
    public string Da { get; }

    /// <summary>True when the English text has the slot <c>{0}</c>.</summary>
    public bool HasSlot { get; }

    /// <summary>True when the slot holds a list of quoted words.</summary>
    public bool IsList { get; }

    /// <summary>Literal length of the English text around the slot: the longer, the more specific a match.</summary>
    public int LiteralLength => _prefixes[0].Length + _suffixes[0].Length;

    /// <summary>The text in <paramref name="language"/>, the slot still as <c>{0}</c>.</summary>
    public string In(Language language) => language switch { Language.Nb => Nb, Language.Da => Da, _ => En };

    /// <summary>The text before the slot in <paramref name="language"/> (all of it when there is no slot).</summary>
    public string Prefix(Language language) => _prefixes[Index(language)];

    /// <summary>The text after the slot in <paramref name="language"/>.</summary>
    public string Suffix(Language language) => _suffixes[Index(language)];

    /// <summary>
    /// What goes between two words of a list slot: the closing mark, a comma and the opening mark
    /// around the slot ("', '" in English, "», «" in nb, "«, »" in da).
    /// </summary>
    public string ListSeparator(Language language) => _separators[Index(language)];

    /// <summary>The English cue with <paramref name="slot"/> in the slot, in one allocation.</summary>
    public string Format(string slot) => HasSlot ? string.Concat(_prefixes[0], slot, _suffixes[0]) : En;

    /// <summary>True when <paramref name="englishCue"/> is this template's English form; <paramref name="slot"/> is what filled the slot.</summary>
    public bool TryMatch(string englishCue, out string slot)
    {
        slot = string.Empty;
        if (!HasSlot)
        {
            return string.Equals(englishCue, En, StringComparison.Ordinal);
        }

        var (prefix, suffix) = (_prefixes[0], _suffixes[0]);
        if (englishCue.Length < prefix.Length + suffix.Length
            || !englishCue.StartsWith(prefix, StringComparison.Ordinal)
            || !englishCue.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        slot = englishCue[prefix.Length..^suffix.Length];
        return true;
    }

    /// <summary>The cue in <paramref name="language"/> with <paramref name="slot"/> (as matched in the English cue) in the slot.</summary>
    public string Render(string slot, Language language)
    {
        if (!HasSlot)
        {
            return In(language);
        }

        if (IsList && language != Language.En)
        {
            slot = slot.Replace(ListSeparator(Language.En), ListSeparator(language), StringComparison.Ordinal);
        }

        return string.Concat(Prefix(language), slot, Suffix(language));
    }

    private static int Index(Language language) => language switch { Language.Nb => 1, Language.Da => 2, _ => 0 };
}
