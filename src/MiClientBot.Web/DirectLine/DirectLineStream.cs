using System.Net.WebSockets;
using MiClientBot.Web.Hosting;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// The WebSocket behind a conversation's streamUrl: sends every activity after the watermark as an
/// ActivitySet, then each new one as it is stored. What the client sends (empty keep-alive pings) is read
/// and ignored; the stream ends when the client closes it or the host stops.
/// </summary>
internal static class DirectLineStream
{
    public static string Url(WebOptions web, HttpRequest request, string conversationId, string? watermark, string token)
    {
        var origin = PublicOrigin.Of(web, request);
        var ws = origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + origin["https://".Length..] : "ws://" + origin["http://".Length..];
        return $"{ws}{DirectLineEndpoints.Route}/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={Uri.EscapeDataString(watermark ?? string.Empty)}&t={Uri.EscapeDataString(token)}";
    }

    public static async Task<IResult> RunAsync(
        HttpContext http, string conversationId, string? watermark, string? t, DirectLineAuth auth, DirectLineConversations conversations, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream is a WebSocket: connect with ws:// or wss://.");
        }

        var (caller, refusal) = await DirectLineEndpoints.AuthorizeAsync(http, auth, conversationId, t ?? DirectLineAuth.Bearer(http.Request));
        if (caller is null)
        {
            return refusal!;
        }

        var conversation = conversations.GetOrAdd(conversationId, out _);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var reading = DrainAsync(socket, stop);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var set = conversation.Read(watermark);
                if (set.Count > 0)
                {
                    await socket.SendAsync(set.Utf8, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    watermark = set.Watermark;
                }

                await conversation.WaitAsync(watermark, stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping: nothing is lost, the log keeps the activities.
        }

        await CloseAsync(socket);
        await reading;
        return Results.Empty;
    }

    /// <summary>Reads (and drops) what the client sends until it closes, then stops the sender.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // The other side is already gone.
            }
        }
    }
}
