using System.Runtime.InteropServices;
using MiClientBot.Core.Coding.Features;

namespace MiClientBot.Core.Coding.Model;

/// <summary>
/// One multinomial logistic regression over hashed features: a weight row of K classes per
/// bucket. Immutable after construction, so one instance is safely shared by all threads.
/// </summary>
internal sealed class ClassifierHead
{
    private readonly sbyte[]? _quantized;
    private readonly float _scale;
    private float[]? _weights;

    public ClassifierHead(FeatureSet features, ModelTask task, int bits, string[] labels, float[] weights, float[] bias)
        : this(features, task, bits, labels, bias) => _weights = weights;

    /// <summary>
    /// A head as the model file stores it: 8-bit weights times one scale. Kept that way in memory, a quarter of the
    /// float table's size, because every move looks up a hundred or more scattered buckets: under load a 4 MB table
    /// falls out of the cache between turns and each look-up goes to memory. The sums are the same as with the floats.
    /// </summary>
    public ClassifierHead(FeatureSet features, ModelTask task, int bits, string[] labels, sbyte[] quantized, float scale, float[] bias)
        : this(features, task, bits, labels, bias)
    {
        _quantized = quantized;
        _scale = scale;
    }

    private ClassifierHead(FeatureSet features, ModelTask task, int bits, string[] labels, float[] bias)
    {
        Features = features;
        Task = task;
        Bits = bits;
        Labels = labels;
        Bias = bias;
    }

    public FeatureSet Features { get; }

    public ModelTask Task { get; }

    public int Bits { get; }

    public string[] Labels { get; }

    /// <summary>Row-major: bucket * K + class (made from the 8-bit weights on first use, for saving a loaded model).</summary>
    public float[] Weights => _weights ??= Dequantize(_quantized!, _scale);

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
        if (_quantized is { } quantized)
        {
            var scale = _scale;
            foreach (var feature in features)
            {
                var row = (int)(feature & mask) * k;
                for (var c = 0; c < k; c++)
                {
                    // The same float product the file's weights were read as, so the sums do not change.
                    scores[c] += (float)(quantized[row + c] * scale);
                }
            }
        }
        else
        {
            var weights = _weights!;
            foreach (var feature in features)
            {
                var row = (int)(feature & mask) * k;
                for (var c = 0; c < k; c++)
                {
                    scores[c] += weights[row + c];
                }
            }
        }

        Softmax(scores[..k]);
    }

    private static float[] Dequantize(sbyte[] quantized, float scale)
    {
        var weights = new float[quantized.Length];
        for (var i = 0; i < quantized.Length; i++)
        {
            weights[i] = quantized[i] * scale;
        }

        return weights;
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
