using System.Runtime.InteropServices;
using MiClientBot.Core.Coding.Features;

namespace MiClientBot.Core.Coding.Model;

/// <summary>
/// One multinomial logistic regression over hashed features: a weight row of K classes per
/// bucket. Immutable after construction, so one instance is safely shared by all threads.
/// </summary>
internal sealed class ClassifierHead
{
    public ClassifierHead(FeatureSet features, ModelTask task, int bits, string[] labels, float[] weights, float[] bias)
    {
        Features = features;
        Task = task;
        Bits = bits;
        Labels = labels;
        Weights = weights;
        Bias = bias;
    }

    public FeatureSet Features { get; }

    public ModelTask Task { get; }

    public int Bits { get; }

    public string[] Labels { get; }

    /// <summary>Row-major: bucket * K + class.</summary>
    public float[] Weights { get; }

    public float[] Bias { get; }

    public int Classes => Labels.Length;

    public int Mask => (1 << Bits) - 1;

    /// <summary>Softmax probabilities of each label.</summary>
    public double[] Predict(List<uint> features)
    {
        var scores = new double[Classes];
        Predict(CollectionsMarshal.AsSpan(features), scores);
        return scores;
    }

    /// <summary>Softmax probabilities of each label into <paramref name="scores"/> (one per class), so a caller can keep them on the stack.</summary>
    public void Predict(ReadOnlySpan<uint> features, Span<double> scores)
    {
        var k = Classes;
        for (var c = 0; c < k; c++)
        {
            scores[c] = Bias[c];
        }

        var mask = (uint)Mask;
        foreach (var feature in features)
        {
            var row = (int)(feature & mask) * k;
            for (var c = 0; c < k; c++)
            {
                scores[c] += Weights[row + c];
            }
        }

        Softmax(scores[..k]);
    }

    public int IndexOf(string label) => Array.IndexOf(Labels, label);

    public static void Softmax(Span<double> scores)
    {
        var max = Max(scores);
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }

    /// <summary>The largest value, ordering NaN below all others as Enumerable.Max does, without LINQ over a span.</summary>
    public static double Max(ReadOnlySpan<double> values)
    {
        var i = 0;
        while (i < values.Length - 1 && double.IsNaN(values[i]))
        {
            i++;
        }

        var max = values[i];
        for (; i < values.Length; i++)
        {
            if (values[i] > max)
            {
                max = values[i];
            }
        }

        return max;
    }
}
