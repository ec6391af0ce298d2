using System.Text;
using MiClientBot.Coding.Features;

namespace MiClientBot.Coding.Model;

/// <summary>
/// The trained statistical part: classifier heads for each feature set and task. Stored as a
/// compact binary: per head only the buckets that training touched, as delta-coded indices with
/// 8-bit quantised weights. The file holds hashed weights and label names, never any text.
/// </summary>
public sealed class CoderModel
{
    internal const string ResourceName = "MiClientBot.Coding.Model.coder-model.bin";
    private const uint Magic = 0x4D43494D; // "MICM"
    /// <summary>2: the heads scale a move's summed weights by <see cref="ClassifierHead.FeatureScale"/>; a version-1 file's weights were trained without it.</summary>
    private const int Version = 2;

    private static readonly int Sets = Enum.GetValues<FeatureSet>().Length;
    private static readonly int Tasks = Enum.GetValues<ModelTask>().Length;

    /// <summary>The first head of each (feature set, task): looked up several times per move, so not searched each time.</summary>
    private readonly ClassifierHead?[] bySlot = new ClassifierHead?[Sets * Tasks];

    /// <summary>A model of <paramref name="heads"/>; of several for one feature set and task, the first is used.</summary>
    public CoderModel(IReadOnlyList<ClassifierHead> heads)
    {
        Heads = heads;
        foreach (var head in heads)
        {
            if (Slot(head.Features, head.Task) is >= 0 and var slot)
            {
                bySlot[slot] ??= head;
            }
        }
    }

    /// <summary>The heads, in the order they were given or stored.</summary>
    public IReadOnlyList<ClassifierHead> Heads { get; }

    internal ClassifierHead? Head(FeatureSet features, ModelTask task) =>
        Slot(features, task) is >= 0 and var slot ? bySlot[slot] : null;

    /// <summary>Where a (feature set, task) pair sits in the table; -1 for values a corrupt file might hold.</summary>
    private static int Slot(FeatureSet features, ModelTask task) =>
        (uint)features < (uint)Sets && (uint)task < (uint)Tasks ? ((int)features * Tasks) + (int)task : -1;

    /// <summary>The AnnoMI model shipped inside the assembly, or null if the resource is missing or unreadable.</summary>
    public static CoderModel? LoadEmbedded() => LoadResource(ResourceName);

    /// <summary>
    /// The chat-move models shipped inside the assembly (<c>chat-model-LANG.bin</c>, one head of
    /// <see cref="ModelTask.MoveCode"/> each), by language; a missing or unreadable one is left out.
    /// </summary>
    public static IReadOnlyDictionary<Language, CoderModel> LoadEmbeddedMoveModels()
    {
        var models = new Dictionary<Language, CoderModel>();
        foreach (var language in Enum.GetValues<Language>())
        {
            if (LoadResource(MoveModelResource(language)) is { } model)
            {
                models[language] = model;
            }
        }

        return models;
    }

    /// <summary>An embedded model, or null if the resource is missing or unreadable: the coder then works without it.</summary>
    private static CoderModel? LoadResource(string name)
    {
        try
        {
            using var stream = typeof(CoderModel).Assembly.GetManifestResourceStream(name);
            return stream is null ? null : Load(stream);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>The file name of a language's chat-move model, e.g. <c>chat-model-nb.bin</c>.</summary>
    public static string MoveModelFileName(Language language) => $"chat-model-{language.ToString().ToLowerInvariant()}.bin";

    private static string MoveModelResource(Language language) => "MiClientBot.Coding.Model." + MoveModelFileName(language);

    /// <summary>Reads a model file.</summary>
    /// <exception cref="InvalidDataException">The stream holds no model of this version.</exception>
    public static CoderModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a MiClientBot coder model");
        }

        var count = reader.ReadInt32();
        var stored = new List<StoredHead>(count);
        for (var h = 0; h < count; h++)
        {
            var features = (FeatureSet)reader.ReadByte();
            var task = (ModelTask)reader.ReadByte();
            var bits = reader.ReadByte();
            var k = reader.ReadByte();
            if (bits is < 4 or > 24 || k is < 2 or > 16)
            {
                throw new InvalidDataException("corrupt head header");
            }

            var labels = new string[k];
            for (var c = 0; c < k; c++)
            {
                labels[c] = reader.ReadString();
            }

            var bias = new float[k];
            for (var c = 0; c < k; c++)
            {
                bias[c] = reader.ReadSingle();
            }

            var scale = reader.ReadSingle();
            var nonZero = reader.ReadInt32();
            if (nonZero < 0 || nonZero > 1 << bits)
            {
                throw new InvalidDataException("corrupt bucket count");
            }

            var buckets = new int[nonZero];
            var weights = new sbyte[nonZero * k];
            var bucket = -1;
            for (var i = 0; i < nonZero; i++)
            {
                var step = (int)reader.Read7BitEncodedInt();
                bucket += step;
                if (step < 1 || bucket >= 1 << bits)
                {
                    throw new InvalidDataException("bucket out of range");
                }

                buckets[i] = bucket;
                for (var c = 0; c < k; c++)
                {
                    weights[(i * k) + c] = reader.ReadSByte();
                }
            }

            stored.Add(new StoredHead(features, task, bits, labels, bias, scale, buckets, weights));
        }

        return new CoderModel(Share(stored));
    }

    /// <summary>The heads, those of one feature set sharing one weight table (see <see cref="SharedWeightTable"/>), in the file's order.</summary>
    private static ClassifierHead[] Share(List<StoredHead> stored)
    {
        var heads = new ClassifierHead[stored.Count];
        foreach (var group in Enumerable.Range(0, stored.Count).GroupBy(i => (stored[i].Features, stored[i].Bits)))
        {
            var buckets = group.SelectMany(i => stored[i].Buckets).Distinct().Order().ToList();
            var stride = group.Sum(i => stored[i].Labels.Length);
            var table = new SharedWeightTable(group.Key.Bits, stride, buckets, new sbyte[buckets.Count * stride]);
            var column = 0;
            foreach (var i in group)
            {
                var head = stored[i];
                var k = head.Labels.Length;
                for (var b = 0; b < head.Buckets.Length; b++)
                {
                    table.TryRow((uint)head.Buckets[b], out var row);
                    head.Weights.AsSpan(b * k, k).CopyTo(table.Rows.AsSpan(row + column, k));
                }

                heads[i] = new ClassifierHead(head.Features, head.Task, head.Labels, table, column, head.Scale, head.Bias);
                column += k;
            }
        }

        return heads;
    }

    /// <summary>Writes the model file: only the buckets training touched, with 8-bit weights.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Heads.Count);
        foreach (var head in Heads)
        {
            var k = head.Classes;
            writer.Write((byte)head.Features);
            writer.Write((byte)head.Task);
            writer.Write((byte)head.Bits);
            writer.Write((byte)k);
            foreach (var label in head.Labels)
            {
                writer.Write(label);
            }

            foreach (var b in head.Bias)
            {
                writer.Write(b);
            }

            // 8-bit quantisation: the largest weight maps to 127; rounding error is far below the
            // noise of a model trained on three thousand utterances.
            var max = head.Weights.Length == 0 ? 0f : head.Weights.Max(Math.Abs);
            var scale = max > 0 ? max / 127f : 1f;
            var rows = new List<int>();
            for (var bucket = 0; bucket < 1 << head.Bits; bucket++)
            {
                for (var c = 0; c < k; c++)
                {
                    if (Math.Abs(head.Weights[(bucket * k) + c]) >= scale / 2)
                    {
                        rows.Add(bucket);
                        break;
                    }
                }
            }

            writer.Write(scale);
            writer.Write(rows.Count);
            var previous = -1;
            foreach (var bucket in rows)
            {
                writer.Write7BitEncodedInt(bucket - previous);
                previous = bucket;
                for (var c = 0; c < k; c++)
                {
                    writer.Write((sbyte)Math.Clamp(MathF.Round(head.Weights[(bucket * k) + c] / scale), -127, 127));
                }
            }
        }
    }
}
