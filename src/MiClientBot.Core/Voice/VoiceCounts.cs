namespace MiClientBot.Core.Voice;

/// <summary>How the phraser's answers fared in this process, by outcome: numbers only, never text.</summary>
public sealed class VoiceCounts
{
    private readonly long[] _counts = new long[VoiceOutcomes.All.Count];

    /// <summary>Counts one answer.</summary>
    public void Add(VoiceOutcome outcome) => Interlocked.Increment(ref _counts[(int)outcome]);

    /// <summary>How many answers ended in <paramref name="outcome"/>.</summary>
    public long this[VoiceOutcome outcome] => Interlocked.Read(ref _counts[(int)outcome]);

    /// <summary>Replies asked for so far.</summary>
    public long Total => VoiceOutcomes.All.Sum(o => this[o]);
}
