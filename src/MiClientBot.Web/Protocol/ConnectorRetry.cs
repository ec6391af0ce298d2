using System.Net;
using Polly;
using Polly.Retry;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// Retries connector calls that failed for reasons that pass (throttling, server errors, broken
/// connections) with exponential back-off, honouring Retry-After when the connector sends it.
/// </summary>
internal static class ConnectorRetry
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    public static ResiliencePipeline<HttpResponseMessage> Create(TimeProvider time, TimeSpan baseDelay, int attempts = 4) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = attempts,
                Delay = baseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                DelayGenerator = args =>
                {
                    var retryAfter = args.Outcome.Result?.Headers.RetryAfter?.Delta;
                    return ValueTask.FromResult(retryAfter is { } d ? (TimeSpan?)(d < MaxWait ? d : MaxWait) : null);
                },
            })
            .Build();
}
