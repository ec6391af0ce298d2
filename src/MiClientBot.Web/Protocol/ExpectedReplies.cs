namespace MiClientBot.Web.Protocol;

/// <summary>The response body for deliveryMode expectReplies.</summary>
internal sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
