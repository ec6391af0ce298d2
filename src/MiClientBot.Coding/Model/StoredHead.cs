using MiClientBot.Coding.Features;

namespace MiClientBot.Coding.Model;

/// <summary>One head as read from the model file: the buckets training touched and their 8-bit weights, <c>Labels.Length</c> per bucket.</summary>
internal sealed record StoredHead(FeatureSet Features, ModelTask Task, int Bits, string[] Labels, float[] Bias, float Scale, int[] Buckets, sbyte[] Weights);
