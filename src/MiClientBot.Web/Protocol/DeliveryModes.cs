namespace MiClientBot.Web.Protocol;

/// <summary>Values of an activity's deliveryMode.</summary>
internal static class DeliveryModes
{
    /// <summary>The caller reads every reply from the HTTP response (no connector call).</summary>
    public const string ExpectReplies = "expectReplies";
}
