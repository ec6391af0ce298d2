using System.Collections.Frozen;

namespace MiClientBot.Coding.Features;

/// <summary>
/// English contractions typed without the apostrophe ("dont", "youre"), read from the data file
/// typed-contractions.en.tsv (embedded as MiClientBot.Coding.Features.typed-contractions.en.tsv). The lexical
/// features hash the written form instead, because the model learnt its weights from transcripts that spell
/// "don't": a trainee who types "dont" means the same word.
/// </summary>
internal static class TypedContractions
{
    private const string ResourceName = "MiClientBot.Coding.Features.typed-contractions.en.tsv";

    /// <summary>Typed form → the hash of its written form.</summary>
    private static readonly FrozenDictionary<string, uint> Hashes = Load();

    /// <summary>The feature hash of <paramref name="token"/>, read as its written form if it is a typed contraction.</summary>
    public static uint Hash(string token) =>
        Hashes.TryGetValue(token, out var hash) ? hash : FeatureHasher.Hash(token);

    private static FrozenDictionary<string, uint> Load()
    {
        using var stream = typeof(TypedContractions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, uint>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2)
            {
                throw new InvalidDataException($"{ResourceName}: '{line}' is not 'typed<TAB>written'.");
            }

            map[parts[0]] = FeatureHasher.Hash(parts[1]);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
