namespace MiClientBot.Coding.Text;

/// <summary>A run of tokens ended by '.', '!', '?', ';', a dash or a line break.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="Length">Number of tokens.</param>
/// <param name="Terminator">The punctuation that closed it, or '\0' if the text just ended.</param>
internal readonly record struct Sentence(int Start, int Length, char Terminator)
{
    public int End => Start + Length;

    public bool IsQuestion => Terminator == '?';
}
