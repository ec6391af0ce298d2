namespace MiClientBot.Web.DirectLine;

/// <summary>
/// A page of a conversation's activities, already in the Direct Line shape {"activities":[...],"watermark":"N"}
/// (written once from the log, then sent as it is), with the number of activities and the watermark to ask from next.
/// </summary>
internal sealed record ActivitySet(int Count, string? Watermark, ReadOnlyMemory<byte> Utf8)
{
    public const string ContentType = "application/json; charset=utf-8";
}
