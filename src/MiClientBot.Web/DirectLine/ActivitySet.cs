using System.Text;
using System.Text.Json;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// A page of a conversation's activities and the watermark to ask from next. The activities are kept as the
/// JSON they were stored as, so a poll or a stream writes them out without serializing them again.
/// </summary>
internal sealed record ActivitySet(IReadOnlyList<byte[]> Activities, string? Watermark)
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly byte[] Head = Encoding.UTF8.GetBytes("{\"activities\":[");

    /// <summary>The Direct Line shape: {"activities":[...],"watermark":"N"}.</summary>
    public byte[] ToUtf8()
    {
        var watermark = Watermark is null ? null : JsonSerializer.SerializeToUtf8Bytes(Watermark);
        var length = Head.Length + Activities.Sum(a => a.Length + 1) + 16 + (watermark?.Length ?? 0);
        using var buffer = new MemoryStream(length);
        buffer.Write(Head);
        for (var i = 0; i < Activities.Count; i++)
        {
            if (i > 0)
            {
                buffer.WriteByte((byte)',');
            }

            buffer.Write(Activities[i]);
        }

        buffer.WriteByte((byte)']');
        if (watermark is not null)
        {
            buffer.Write(",\"watermark\":"u8);
            buffer.Write(watermark);
        }

        buffer.WriteByte((byte)'}');
        return buffer.ToArray();
    }
}
