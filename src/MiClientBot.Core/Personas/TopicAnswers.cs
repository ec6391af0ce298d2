namespace MiClientBot.Core.Personas;

/// <summary>A persona's answers about one topic in one language, per stance, and the words that point to the topic.</summary>
public sealed record TopicAnswers(
    IReadOnlyList<string> Open, IReadOnlyList<string> Guarded, IReadOnlyList<string> Refuse, IReadOnlyList<string> Cues)
{
    /// <summary>The lines of one stance.</summary>
    public IReadOnlyList<string> Lines(Stance stance) => stance switch
    {
        Stance.Open => Open,
        Stance.Guarded => Guarded,
        _ => Refuse,
    };
}
