using MiClientBot.Web.Turns;
using Microsoft.AspNetCore.Diagnostics;

namespace MiClientBot.Web.Hosting;

/// <summary>
/// The last line of defence: no request is answered 500. A conversation too busy to take the turn
/// gets 503 with Retry-After (the session is intact); a request Kestrel refused keeps its own status.
/// </summary>
internal static class ExceptionAnswers
{
    public static void Configure(IApplicationBuilder app) => app.Run(async context =>
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title) = error switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            ConversationBusyException => (StatusCodes.Status503ServiceUnavailable, "The conversation is busy; try again"),
            OperationCanceledException => (StatusCodes.Status499ClientClosedRequest, "The request was cancelled"),
            _ => (StatusCodes.Status503ServiceUnavailable, "The bot could not take this turn; try again"),
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        await Results.Problem(statusCode: status, title: title).ExecuteAsync(context);
    });
}
