namespace MiClientBot.Web.DirectLine;

/// <summary>Compares byte arrays by content, so equal JSON finds the copy that is already held.</summary>
internal sealed class ByteContentComparer : IEqualityComparer<byte[]>
{
    public static ByteContentComparer Instance { get; } = new();

    public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    /// <summary>A seeded hash of all the bytes (the seed differs per process, so callers cannot aim at one bucket).</summary>
    public int GetHashCode(byte[] obj)
    {
        var hash = default(HashCode);
        hash.AddBytes(obj);
        return hash.ToHashCode();
    }
}
