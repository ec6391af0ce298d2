using System.Text.Json;

namespace MiClientBot.Core.Sessions;

/// <summary>Turns session state into compact JSON and back, for storage and for undo.</summary>
public static class SessionSerializer
{
    /// <summary>The state as JSON.</summary>
    public static string Serialize(SessionState state) => JsonSerializer.Serialize(state, SessionJsonContext.Default.SessionState);

    /// <summary>Reads state written by <see cref="Serialize"/>; null when the text is not a session.</summary>
    public static SessionState? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SessionJsonContext.Default.SessionState);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
