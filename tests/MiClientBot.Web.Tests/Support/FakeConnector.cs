using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace MiClientBot.Web.Tests.Support;

/// <summary>
/// A stand-in for the Bot Connector service, Entra login and the OpenID key endpoints: a real Kestrel
/// server on 127.0.0.1 with a random port, recording every reply the bot posts.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    public const string RegionPath = "/amer/";
    public const string IssuedToken = "connector-token-1";

    private readonly ConcurrentQueue<ReceivedReply> _replies = new();
    private WebApplication? _app;
    private int _failuresLeft;
    private int _tokenRequests;
    private int _attempts;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The serviceUrl a Teams activity from this connector carries (a region path with a trailing slash).</summary>
    public string ServiceUrl => BaseUrl + RegionPath;

    public string OpenIdUrl => BaseUrl + "/openid";

    public JsonObject? SigningKey { get; init; }

    /// <summary>Reply status while failures are left (503 unless told otherwise).</summary>
    public int FailureStatus { get; set; } = StatusCodes.Status503ServiceUnavailable;

    public IReadOnlyList<ReceivedReply> Replies => [.. _replies];

    public IReadOnlyList<ReceivedReply> Messages => [.. _replies.Where(r => r.Type == "message")];

    public int TokenRequests => _tokenRequests;

    /// <summary>What the last token request asked for, in one line.</summary>
    public string? LastTokenRequest { get; private set; }

    public int Attempts => _attempts;

    /// <summary>Refuses the next <paramref name="count"/> replies other than typing.</summary>
    public void FailNext(int count) => _failuresLeft = count;

    public void Clear() => _replies.Clear();

    public static async Task<FakeConnector> StartAsync(JsonObject? signingKey = null)
    {
        var connector = new FakeConnector { SigningKey = signingKey };
        await connector.StartServerAsync();
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost(RegionPath + "v3/conversations/{conversationId}/activities/{replyToId?}", ReceiveAsync);
        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context, string tenant) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            var form = await context.Request.ReadFormAsync();
            LastTokenRequest = $"{tenant} {form["grant_type"]} {form["client_id"]} {form["scope"]}";
            return Results.Json(new { token_type = "Bearer", expires_in = 3599, access_token = IssuedToken });
        });

        // The managed-identity endpoint answers expires_in as a string.
        _app.MapGet("/msi/token", (HttpContext context, string resource, string client_id) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            LastTokenRequest = $"msi {context.Request.Headers["Metadata"]} {resource} {client_id}";
            return Results.Json(new { access_token = "msi-token", expires_in = "3599", token_type = "Bearer" });
        });
        _app.MapGet("/openid", () => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            jwks_uri = BaseUrl + "/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        _app.MapGet("/keys", () => Results.Text(new JsonObject { ["keys"] = new JsonArray(SigningKey?.DeepClone()) }.ToJsonString(), "application/json"));
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
    }

    private async Task<IResult> ReceiveAsync(HttpContext context, string conversationId, string? replyToId)
    {
        Interlocked.Increment(ref _attempts);
        var activity = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();

        // Failures hit real replies only: typing indicators are sent once, without retries.
        if ((string?)activity["type"] != "typing" && Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            return Results.StatusCode(FailureStatus);
        }

        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        _replies.Enqueue(new ReceivedReply(raw, conversationId, replyToId, context.Request.Headers.Authorization.ToString(), activity));
        return Results.Json(new { id = "reply-" + _replies.Count });
    }
}
