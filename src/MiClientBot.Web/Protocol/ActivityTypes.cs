namespace MiClientBot.Web.Protocol;

/// <summary>The activity types this bot acts on; any other type is acknowledged and ignored.</summary>
internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string Event = "event";

    public static bool IsHandled(string type) =>
        type is Message or ConversationUpdate or Invoke;
}
