using System.Net.Http.Headers;
using Polly;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// Sends replies to the channel: POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId},
/// with the conversation id URL-encoded (Teams ids carry ':', '@' and ';').
/// </summary>
internal sealed class ConnectorClient : IActivitySender
{
    private readonly HttpClient _http;
    private readonly IConnectorTokenProvider _tokens;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ResiliencePipeline<HttpResponseMessage> retry)
    {
        _http = http;
        _tokens = tokens;
        _retry = retry;
    }

    public static Uri ReplyUri(Activity reply)
    {
        var path = $"{reply.ServiceUrl!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(reply.Conversation!.Id!)}/activities";
        return new Uri(reply.ReplyToId is { Length: > 0 } id ? $"{path}/{Uri.EscapeDataString(id)}" : path);
    }

    /// <summary>Posts the reply; <paramref name="retry"/> false for replies not worth waiting for (typing).</summary>
    public async Task SendAsync(Activity reply, CancellationToken cancellationToken, bool retry = true)
    {
        var uri = ReplyUri(reply);
        var token = await _tokens.GetTokenAsync(cancellationToken);
        try
        {
            using var response = await (retry ? _retry : ResiliencePipeline<HttpResponseMessage>.Empty).ExecuteAsync(
                async ct =>
                {
                    // A request message can be sent only once, so each attempt builds its own.
                    using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(reply, options: ActivityJson.Options) };
                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    }

                    return await _http.SendAsync(request, ct);
                },
                cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorException($"The connector answered {(int)response.StatusCode} to {uri.GetLeftPart(UriPartial.Path)}.");
            }
        }
        catch (HttpRequestException e)
        {
            throw new ConnectorException($"The connector at {uri.GetLeftPart(UriPartial.Authority)} could not be reached.", e);
        }
    }
}
