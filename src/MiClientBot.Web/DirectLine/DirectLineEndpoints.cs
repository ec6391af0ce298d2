using MiClientBot.Web.Hosting;
using MiClientBot.Web.Protocol;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// The host's own Direct Line 3.0 service at /v3/directline, enough for Microsoft's Web Chat and
/// botframework-directlinejs: tokens (generate, refresh), conversations (start, reconnect), activities
/// (post, poll by watermark) and a WebSocket stream.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string Route = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        return endpoints;
    }

    /// <summary>A token for a new conversation; with a secret configured, only for callers that present it.</summary>
    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineAuth auth, DirectLineTokens tokens)
    {
        if (auth.RequiresSecret && !auth.IsSecret(DirectLineAuth.Bearer(http.Request)))
        {
            return DirectLineAuth.Bearer(http.Request) is null
                ? DirectLineErrors.MissingAuthorization()
                : DirectLineErrors.Forbidden("Tokens are only given for the Direct Line secret (the page's access code).");
        }

        var start = await StartRequest.ReadAsync(http.Request, http.RequestAborted);
        var conversationId = DirectLineConversations.NewId();
        var issued = tokens.Issue(conversationId, start.UserIdOrNew());
        return Results.Json(new ConversationTicket(conversationId, issued.Token, issued.ExpiresIn));
    }

    /// <summary>A fresh token for the same conversation and user, while the old one is still valid.</summary>
    private static async Task<IResult> RefreshAsync(HttpContext http, DirectLineAuth auth, DirectLineTokens tokens)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(DirectLineAuth.Bearer(http.Request));
        if (caller?.Token is not { } token)
        {
            return refusal ?? DirectLineErrors.Forbidden("Only a token can be refreshed.");
        }

        var issued = tokens.Issue(token.ConversationId, token.UserId);
        return Results.Json(new ConversationTicket(token.ConversationId, issued.Token, issued.ExpiresIn));
    }

    /// <summary>
    /// Opens the token's conversation (201, and the bot welcomes) or answers 200 when it is already open;
    /// with the secret, opens a new conversation with a new token.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpContext http, DirectLineAuth auth, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineBot bot, IOptions<WebOptions> web, TimeProvider time)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(DirectLineAuth.Bearer(http.Request));
        if (caller is null)
        {
            return refusal!;
        }

        var start = await StartRequest.ReadAsync(http.Request, http.RequestAborted);
        string token;
        int expiresIn;
        DirectLineToken grant;
        if (caller.Token is { } presented)
        {
            (grant, token) = (presented, DirectLineAuth.Bearer(http.Request)!);
            expiresIn = SecondsLeft(presented, time);
        }
        else
        {
            grant = new DirectLineToken(DirectLineConversations.NewId(), start.UserIdOrNew(), DateTimeOffset.MaxValue);
            var issued = tokens.Issue(grant.ConversationId, grant.UserId);
            (token, expiresIn) = (issued.Token, issued.ExpiresIn);
        }

        var conversation = conversations.GetOrAdd(grant.ConversationId, out var created);
        if (created)
        {
            await bot.StartAsync(conversation, grant.UserId, start.Locale, http.RequestAborted);
        }

        var ticket = new ConversationTicket(conversation.Id, token, expiresIn, DirectLineStream.Url(web.Value, http.Request, conversation.Id, null, token));
        return Results.Json(ticket, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnects to a conversation (a new stream URL from the watermark on).</summary>
    private static async Task<IResult> ReconnectAsync(
        HttpContext http, string conversationId, string? watermark, DirectLineAuth auth, DirectLineConversations conversations, IOptions<WebOptions> web, TimeProvider time)
    {
        var (caller, refusal) = await AuthorizeAsync(http, auth, conversationId);
        if (caller is null)
        {
            return refusal!;
        }

        conversations.GetOrAdd(conversationId, out _);
        var token = DirectLineAuth.Bearer(http.Request)!;
        var expiresIn = caller.Token is { } t ? SecondsLeft(t, time) : (int?)null;
        return Results.Json(new ConversationTicket(conversationId, token, expiresIn, DirectLineStream.Url(web.Value, http.Request, conversationId, watermark, token)));
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineAuth auth, DirectLineConversations conversations, DirectLineBot bot)
    {
        var (caller, refusal) = await AuthorizeAsync(http, auth, conversationId);
        if (caller is null)
        {
            return refusal!;
        }

        var body = await ActivityRequestReader.ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {ActivityRequestReader.MaxBodyBytes / 1024} KB.");
        }

        var (activity, problem) = ActivityRequestReader.Parse(body);
        if (activity is null)
        {
            return DirectLineErrors.BadArgument(problem!);
        }

        var conversation = conversations.GetOrAdd(conversationId, out _);
        var userId = caller.Token?.UserId ?? activity.From?.Id ?? DirectLineConversations.NewUserId();
        var id = await bot.PostAsync(conversation, activity, userId, http.RequestAborted);
        return Results.Json(new { id });
    }

    private static async Task<IResult> GetActivitiesAsync(
        HttpContext http, string conversationId, string? watermark, DirectLineAuth auth, DirectLineConversations conversations)
    {
        var (caller, refusal) = await AuthorizeAsync(http, auth, conversationId);
        if (caller is null)
        {
            return refusal!;
        }

        var conversation = conversations.GetOrAdd(conversationId, out _);
        return Results.Bytes(conversation.Read(watermark).Utf8, ActivitySet.ContentType);
    }

    private static int SecondsLeft(DirectLineToken token, TimeProvider time) =>
        (int)Math.Max(0, (token.Expires - time.GetUtcNow()).TotalSeconds);

    /// <summary>The caller if it may use this conversation; else the refusal (a token opens only its own).</summary>
    public static async Task<(DirectLineCaller? Caller, IResult? Refusal)> AuthorizeAsync(HttpContext http, DirectLineAuth auth, string conversationId, string? credential = null)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(credential ?? DirectLineAuth.Bearer(http.Request));
        if (caller is null)
        {
            return (null, refusal);
        }

        return caller.MayUse(conversationId) ? (caller, null) : (null, DirectLineErrors.Forbidden("The token is for another conversation."));
    }
}
