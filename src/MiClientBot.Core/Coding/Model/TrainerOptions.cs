namespace MiClientBot.Core.Coding.Model;

/// <summary>Hyper-parameters of <see cref="ModelTrainer"/>; the defaults are the ones the shipped model used.</summary>
internal sealed record TrainerOptions
{
    /// <summary>Hash buckets (log2) for the English lexical model: enough room for the n-grams of ~3k utterances.</summary>
    public int LexicalBits { get; init; } = 18;

    /// <summary>Hash buckets (log2) for the neutral model: it has only a few hundred distinct features.</summary>
    public int TransferBits { get; init; } = 12;

    public int Epochs { get; init; } = 12;

    public double LearningRate { get; init; } = 0.02;

    public double L2 { get; init; } = 1e-4;

    /// <summary>Class weight = (share of the largest class / share of this class) ^ power; 0 = unweighted.</summary>
    public double ClassWeightPower { get; init; } = 1.0;

    /// <summary>Return the mean of the weights after each epoch instead of the last ones.</summary>
    public bool AverageEpochs { get; init; }

    public int Seed { get; init; } = 20240611;
}
