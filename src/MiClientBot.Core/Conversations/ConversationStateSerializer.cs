using System.Text.Json;

namespace MiClientBot.Core.Conversations;

/// <summary>Turns conversation state into compact JSON and back, for the durable conversation stores.</summary>
public static class ConversationStateSerializer
{
    /// <summary>The state as JSON.</summary>
    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, ConversationJsonContext.Default.ConversationState);

    /// <summary>Reads state written by <see cref="Serialize"/>; null when the text is not a conversation.</summary>
    public static ConversationState? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ConversationJsonContext.Default.ConversationState);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
