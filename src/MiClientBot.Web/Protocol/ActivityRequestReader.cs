using System.Text.Json;

namespace MiClientBot.Web.Protocol;

/// <summary>Reads the request body within the size limit and parses it as an activity.</summary>
internal static class ActivityRequestReader
{
    /// <summary>The largest activity accepted; Teams' own messages stay far below it.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        if (request.ContentLength is { } length)
        {
            return await ReadExactlyAsync(request.Body, (int)length, cancellationToken);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // The usual case (channels send a Content-Length): one array of the announced size, no copying. Kestrel ends the
    // body at the announced length and fails one cut short, so the array is full unless the stream says otherwise.
    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await body.ReadAsync(bytes.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled == length ? bytes : bytes[..filled];
    }

    /// <summary>The activity, or the reason it cannot be one.</summary>
    public static (Activity? Activity, string? Problem) Parse(byte[] body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not a valid activity: {e.Message}");
        }

        return activity switch
        {
            null => (null, "The body is not an activity."),
            { Type: null or "" } => (null, "The activity has no type."),
            _ when ActivityShape.Problem(activity) is { } malformed => (null, malformed),
            _ => (activity, null),
        };
    }

    /// <summary>The fields the bot needs to answer an activity it handles; null when all are there.</summary>
    public static string? MissingFields(Activity activity)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            missing.Add("conversation.id");
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            missing.Add("from.id");
        }

        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            missing.Add("recipient.id");
        }

        if (!activity.ExpectsReplies && !IsHttpUrl(activity.ServiceUrl))
        {
            missing.Add("serviceUrl");
        }

        return missing.Count == 0 ? null : "Missing or invalid: " + string.Join(", ", missing) + ".";
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
