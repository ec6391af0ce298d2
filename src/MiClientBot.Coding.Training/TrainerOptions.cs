namespace MiClientBot.Coding.Training;

/// <summary>Hyper-parameters of <see cref="ModelTrainer"/>; the defaults are the ones the shipped model used.</summary>
public sealed record TrainerOptions
{
    /// <summary>Hash buckets (log2) for the English lexical model: enough room for the n-grams of ~3k utterances.</summary>
    public int LexicalBits { get; init; } = 18;

    /// <summary>Hash buckets (log2) for the neutral model: it has only a few hundred distinct features.</summary>
    public int TransferBits { get; init; } = 12;

    /// <summary>Passes over the training examples.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>AdaGrad's base learning rate.</summary>
    public double LearningRate { get; init; } = 0.02;

    /// <summary>The L2 penalty on the weights.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>Class weight = (share of the largest class / share of this class) ^ power; 0 = unweighted.</summary>
    public double ClassWeightPower { get; init; } = 1.0;

    /// <summary>Return the mean of the weights after each epoch instead of the last ones.</summary>
    public bool AverageEpochs { get; init; }

    /// <summary>Hash buckets (log2) for each language's chat-move head: about a thousand moves' n-grams.</summary>
    public int MoveBits { get; init; } = 16;

    /// <summary>Passes over the typed moves for the chat-move heads.</summary>
    public int MoveEpochs { get; init; } = 12;

    /// <summary>AdaGrad's base learning rate for the chat-move heads.</summary>
    public double MoveLearningRate { get; init; } = 0.05;

    /// <summary>Seeds the shuffles, so that training gives the same bytes on every run.</summary>
    public int Seed { get; init; } = 20240611;
}
