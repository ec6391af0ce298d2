using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.DirectLine;

/// <summary>A page of a conversation's activities and the watermark to ask from next.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
