using MiClientBot.Coding.Features;
using MiClientBot.Coding.Model;
using MiClientBot.Coding.Training.Moves;

namespace MiClientBot.Coding.Training;

/// <summary>
/// Trains the classifier heads by AdaGrad SGD on the multinomial log-loss with L2. Deterministic:
/// a fixed-seed shuffle and single-threaded float arithmetic give the same bytes on every run.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Trains a lexical and a transfer head for each task on <paramref name="examples"/>.</summary>
    public static CoderModel Train(IReadOnlyList<TrainingExample> examples, TrainerOptions options)
    {
        var heads = new List<ClassifierHead>();
        foreach (var set in new[] { FeatureSet.Lexical, FeatureSet.Transfer })
        {
            var bits = set == FeatureSet.Lexical ? options.LexicalBits : options.TransferBits;
            var features = examples.Select(e => CoderFeatures.Extract(e.Utterance, e.PreviousClient, set)).ToArray();
            heads.Add(TrainHead(set, ModelTask.Behaviour, bits, [.. ModelLabels.Behaviour], features, examples.Select(e => e.Behaviour).ToArray(), options));
            heads.Add(TrainHead(set, ModelTask.ReflectionComplexity, bits, [.. ModelLabels.Complexity], features, examples.Select(e => e.ReflectionSubtype).ToArray(), options));
            heads.Add(TrainHead(set, ModelTask.QuestionType, bits, [.. ModelLabels.Question], features, examples.Select(e => e.QuestionSubtype).ToArray(), options));
        }

        return new CoderModel(heads);
    }

    /// <summary>
    /// Trains the chat-move head of <paramref name="language"/>: the twelve fine codes over the lexical
    /// features of typed moves, read with that language's cues as the coder reads them.
    /// </summary>
    public static CoderModel TrainMoves(IReadOnlyList<MoveExample> examples, Language language, TrainerOptions options)
    {
        var features = examples.Select(e => CoderFeatures.ExtractMove(e.Utterance, e.PreviousClient, language)).ToArray();
        var head = TrainHead(
            FeatureSet.Lexical, ModelTask.MoveCode, options.MoveBits, [.. ModelLabels.MoveCode], features,
            examples.Select(e => e.Code.ToName()).ToArray(), options with { Epochs = options.MoveEpochs, LearningRate = options.MoveLearningRate });
        return new CoderModel([head]);
    }

    private static ClassifierHead TrainHead(
        FeatureSet set, ModelTask task, int bits, string[] labels, List<uint>[] features, string?[] targets, TrainerOptions options)
    {
        var k = labels.Length;
        var rows = new List<(List<uint> Features, int Label)>();
        for (var i = 0; i < features.Length; i++)
        {
            var label = targets[i] is null ? -1 : Array.IndexOf(labels, targets[i]);
            if (label >= 0)
            {
                rows.Add((features[i], label));
            }
        }

        var weights = new float[(1 << bits) * k];
        var bias = new float[k];
        if (rows.Count == 0)
        {
            return new ClassifierHead(set, task, bits, labels, weights, bias);
        }

        var counts = new int[k];
        foreach (var row in rows)
        {
            counts[row.Label]++;
        }

        var largest = counts.Max();
        var classWeight = counts.Select(c => c == 0 ? 0.0 : Math.Pow((double)largest / c, options.ClassWeightPower)).ToArray();
        var squared = new float[weights.Length];
        var biasSquared = new float[k];
        var mask = (1u << bits) - 1;
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new SplitMix(options.Seed ^ ((int)task * 7919) ^ ((int)set * 104729));
        var probabilities = new double[k];
        var sums = new double[k];
        const float epsilon = 1e-6f;
        var rate = (float)options.LearningRate;
        var averaged = options.AverageEpochs ? new float[weights.Length] : null;
        var averagedBias = new float[k];
        var l2 = (float)options.L2;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (x, y) = rows[index];
                for (var c = 0; c < k; c++)
                {
                    probabilities[c] = bias[c];
                }

                var scale = (float)ClassifierHead.FeatureScale(x.Count);
                Array.Clear(sums);
                foreach (var feature in x)
                {
                    var row = (int)(feature & mask) * k;
                    for (var c = 0; c < k; c++)
                    {
                        sums[c] += weights[row + c];
                    }
                }

                for (var c = 0; c < k; c++)
                {
                    probabilities[c] += scale * sums[c];
                }

                ClassifierHead.Softmax(probabilities);
                var w = classWeight[y];
                for (var c = 0; c < k; c++)
                {
                    var g = (float)(w * (probabilities[c] - (c == y ? 1 : 0)));
                    biasSquared[c] += g * g;
                    bias[c] -= rate * g / (MathF.Sqrt(biasSquared[c]) + epsilon);
                    foreach (var feature in x)
                    {
                        var at = ((int)(feature & mask) * k) + c;
                        var gw = (g * scale) + (l2 * weights[at]);
                        squared[at] += gw * gw;
                        weights[at] -= rate * gw / (MathF.Sqrt(squared[at]) + epsilon);
                    }
                }
            }

            if (averaged is not null)
            {
                for (var i = 0; i < weights.Length; i++)
                {
                    averaged[i] += weights[i] / options.Epochs;
                }

                for (var c = 0; c < k; c++)
                {
                    averagedBias[c] += bias[c] / options.Epochs;
                }
            }
        }

        if (averaged is not null)
        {
            // The mean of the epoch snapshots: smoother than the last one, less tied to the shuffle order.
            return new ClassifierHead(set, task, bits, labels, averaged, averagedBias);
        }

        return new ClassifierHead(set, task, bits, labels, weights, bias);
    }
}
