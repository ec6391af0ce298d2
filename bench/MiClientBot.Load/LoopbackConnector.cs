using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MiClientBot.Load;

/// <summary>
/// A stand-in for the Bot Connector on 127.0.0.1: accepts the bot's reply POSTs and remembers, per
/// conversation, the turn of the last balloon event, so the driver can check every turn arrived.
/// </summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _turns = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private long _replies;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Replies => Interlocked.Read(ref _replies);

    public static async Task<LoopbackConnector> StartAsync()
    {
        var connector = new LoopbackConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        connector._app = builder.Build();
        connector._app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", connector.ReceiveAsync);
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Urls.First().TrimEnd('/') + "/";
        return connector;
    }

    public int LastTurn(string conversationId) => _turns.TryGetValue(conversationId, out var turn) ? turn : -1;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext context, string conversationId)
    {
        Interlocked.Increment(ref _replies);
        using var doc = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = doc.RootElement;
        if (root.TryGetProperty("name", out var name) && name.ValueEquals("mi.state")
            && root.TryGetProperty("value", out var value) && value.TryGetProperty("turn", out var turn))
        {
            _turns[conversationId] = turn.GetInt32();
        }

        return Results.Json(new { id = "r" });
    }
}
