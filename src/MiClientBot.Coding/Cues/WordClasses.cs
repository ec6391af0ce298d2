namespace MiClientBot.Coding.Cues;

/// <summary>The word classes of a <see cref="LanguagePack"/> a word belongs to, as flags (one look-up answers them all).</summary>
[Flags]
internal enum WordClasses
{
    None = 0,
    OpenQuestionWord = 1 << 0,
    ClosedQuestionStarter = 1 << 1,
    SecondPerson = 1 << 2,
    FirstPerson = 1 << 3,
    FirstPersonPlural = 1 << 4,
    Opener = 1 << 5,
    Backchannel = 1 << 6,
    Negation = 1 << 7,
}
