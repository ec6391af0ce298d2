using System.Text.Json;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// POST /api/messages: the Bot Framework messaging endpoint. Order of checks: JSON (415), size (413), token (401),
/// body (400), service URL against the token (403); unknown activity types are acknowledged (200); then the fields
/// a reply needs (400) and, for an anonymous bot, a service URL on this machine or the allow-list (403).
/// </summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    private const string JsonContentType = "application/json; charset=utf-8";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, InboundAuthenticator auth, ServiceUrlPolicy serviceUrls, IActivityHandler handler, MessagesEndpointLog messagesLog)
    {
        var log = messagesLog.Logger;
        var ct = http.RequestAborted;
        if (!http.Request.HasJsonContentType())
        {
            // Channels post JSON; text/plain and form bodies are what a cross-site page can send without a CORS preflight.
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Activities are posted as application/json.");
        }

        var body = await ActivityRequestReader.ReadBodyAsync(http.Request, ct);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large",
                detail: $"An activity may be at most {ActivityRequestReader.MaxBodyBytes / 1024} KB.");
        }

        var outcome = await auth.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, ct);
        if (!outcome.Succeeded)
        {
            log.LogWarning("Rejected an unauthenticated request: {Reason}", outcome.Failure);
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var (activity, problem) = ActivityRequestReader.Parse(body);
        if (activity is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad activity", detail: problem);
        }

        if (auth.Enabled && !serviceUrls.Vouched(outcome, activity.ServiceUrl))
        {
            log.LogWarning("Rejected an activity whose serviceUrl {ServiceUrl} is not the one its token names.", activity.ServiceUrl);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "serviceUrl does not match the token",
                detail: $"Replies go only to the service URL the token names, or to one on {ConnectorOptions.Section}:{nameof(ConnectorOptions.AllowedServiceUrls)}.");
        }

        if (!InboundAuthenticator.ChannelEndorsed(outcome, activity.ChannelId))
        {
            log.LogWarning("Rejected an activity of channel {Channel}, for which the token's key is not endorsed.", activity.ChannelId);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The token's key is not endorsed for this channel");
        }

        if (!ActivityTypes.IsHandled(activity.Type!))
        {
            return Results.Ok();
        }

        if (ActivityRequestReader.MissingFields(activity) is { } missing)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad activity", detail: missing);
        }

        if (!auth.Enabled && !activity.ExpectsReplies && !serviceUrls.LocalOrAllowed(activity.ServiceUrl))
        {
            log.LogWarning("Rejected an anonymous activity whose serviceUrl {ServiceUrl} is not on this machine.", activity.ServiceUrl);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "serviceUrl not allowed",
                detail: $"An anonymous bot (no MicrosoftAppId) posts replies only to loopback addresses, or to a URL on {ConnectorOptions.Section}:{nameof(ConnectorOptions.AllowedServiceUrls)}.");
        }

        // The connector (a typed HTTP client, made per resolution) only when the replies go through it.
        var turn = new ActivityTurn(activity, activity.ExpectsReplies ? null : http.RequestServices.GetRequiredService<ConnectorClient>())
        {
            MayBeRedelivered = true,
        };
        InvokeResponse? invoke;
        try
        {
            invoke = await handler.HandleAsync(turn, ct);
        }
        catch (ConnectorException e)
        {
            // The turn is stored; only its replies could not be delivered.
            log.LogError(e, "Replies to conversation {Conversation} could not be delivered.", activity.Conversation?.Id);
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The channel did not accept the replies");
        }

        if (invoke is not null)
        {
            return invoke.Body is null ? Results.StatusCode(invoke.Status) : Results.Json(invoke.Body, ActivityJson.Options, statusCode: invoke.Status);
        }

        return activity.ExpectsReplies ? RepliesInResponse(turn.Collected) : Results.Ok();
    }

    /// <summary>
    /// The response to an expectReplies activity: its replies, serialized whole so the response has a Content-Length
    /// (one write, and no chunk framing for the channel to undo).
    /// </summary>
    public static IResult RepliesInResponse(IReadOnlyList<Activity> replies) =>
        Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(replies), ActivityJson.Options), JsonContentType);
}
