using System.Runtime.InteropServices;
using MiClientBot.Coding.Features;

namespace MiClientBot.Coding.Model;

/// <summary>
/// One multinomial logistic regression over hashed features: a weight row of K classes per
/// bucket. Immutable after construction, so one instance is safely shared by all threads. Public
/// so that a trainer outside this assembly can make heads; predicting stays inside.
/// </summary>
public sealed class ClassifierHead
{
    private readonly SharedWeightTable? _table;
    private readonly int _column;
    private readonly float _scale;
    private float[]? _weights;

    /// <summary>A head with float weights, as a trainer makes it.</summary>
    /// <param name="features">The features it reads.</param>
    /// <param name="task">The decision it makes.</param>
    /// <param name="bits">The hashed feature space has 2^bits buckets.</param>
    /// <param name="labels">Its K classes, in output order.</param>
    /// <param name="weights">Row-major: bucket * K + class.</param>
    /// <param name="bias">One per class.</param>
    public ClassifierHead(FeatureSet features, ModelTask task, int bits, string[] labels, float[] weights, float[] bias)
        : this(features, task, bits, labels, bias) => _weights = weights;

    /// <summary>
    /// A head as the model file stores it: 8-bit weights times one scale, in columns <paramref name="column"/> onwards of a
    /// table it shares with the other heads of its feature set (see <see cref="SharedWeightTable"/>). The sums are the same
    /// as with the float weights.
    /// </summary>
    internal ClassifierHead(FeatureSet features, ModelTask task, string[] labels, SharedWeightTable table, int column, float scale, float[] bias)
        : this(features, task, table.Bits, labels, bias)
    {
        _table = table;
        _column = column;
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

    /// <summary>The features it reads.</summary>
    public FeatureSet Features { get; }

    /// <summary>The decision it makes.</summary>
    public ModelTask Task { get; }

    /// <summary>The hashed feature space has 2^Bits buckets.</summary>
    public int Bits { get; }

    /// <summary>Its classes, in output order.</summary>
    public string[] Labels { get; }

    /// <summary>Row-major: bucket * K + class (made from the 8-bit weights on first use, for saving a loaded model).</summary>
    internal float[] Weights => _weights ??= Dequantize();

    internal float[] Bias { get; }

    internal int Classes => Labels.Length;

    internal int Mask => (1 << Bits) - 1;

    /// <summary>Softmax probabilities of each label.</summary>
    internal double[] Predict(List<uint> features)
    {
        var scores = new double[Classes];
        Predict(CollectionsMarshal.AsSpan(features), scores);
        return scores;
    }

    /// <summary>Softmax probabilities of each label into <paramref name="scores"/> (one per class), so a caller can keep them on the stack.</summary>
    internal void Predict(ReadOnlySpan<uint> features, Span<double> scores)
    {
        var k = Classes;
        for (var c = 0; c < k; c++)
        {
            scores[c] = Bias[c];
        }

        var mask = (uint)Mask;
        Span<double> sums = stackalloc double[k];
        sums.Clear();
        if (_table is { } table)
        {
            var rows = table.Rows;
            var scale = _scale;
            foreach (var feature in features)
            {
                // An untouched bucket adds only zeros, which leave the sums as they are.
                if (!table.TryRow(feature & mask, out var row))
                {
                    continue;
                }

                row += _column;
                for (var c = 0; c < k; c++)
                {
                    // The same float product the file's weights were read as, so the sums do not change.
                    sums[c] += (float)(rows[row + c] * scale);
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
                    sums[c] += weights[row + c];
                }
            }
        }

        var featureScale = FeatureScale(features.Length);
        for (var c = 0; c < k; c++)
        {
            scores[c] += featureScale * sums[c];
        }

        Softmax(scores[..k]);
    }

    private float[] Dequantize()
    {
        var k = Classes;
        var weights = new float[(1 << Bits) * k];
        for (var bucket = 0u; bucket < 1u << Bits; bucket++)
        {
            if (_table!.TryRow(bucket, out var row))
            {
                for (var c = 0; c < k; c++)
                {
                    weights[(bucket * k) + c] = _table.Rows[row + _column + c] * _scale;
                }
            }
        }

        return weights;
    }

    /// <summary>
    /// The factor a move's summed feature weights are multiplied by: sqrt(<see cref="ReferenceFeatures"/> / count),
    /// so that a long turn with a hundred n-grams does not outvote the few features of a short one by
    /// sheer number (the sum grows like the square root of the count, as for a unit-length vector).
    /// The trainer uses the same factor.
    /// </summary>
    public static double FeatureScale(int count) => count <= 0 ? 1.0 : Math.Sqrt(ReferenceFeatures / count);

    /// <summary>The feature count at which the scale is 1 (about a short English move's).</summary>
    private const double ReferenceFeatures = 20;

    internal int IndexOf(string label) => Array.IndexOf(Labels, label);

    /// <summary>Turns scores into probabilities in place (shifted by the largest score, so no overflow).</summary>
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
    internal static double Max(ReadOnlySpan<double> values)
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
