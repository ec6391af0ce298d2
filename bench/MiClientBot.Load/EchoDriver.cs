using System.Net.Http.Headers;

namespace MiClientBot.Load;

/// <summary>The baseline: posts a turn-sized activity to /diagnostics/echo and checks it comes back whole.</summary>
internal sealed class EchoDriver : ITurnDriver
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly byte[] _body;

    public EchoDriver(HttpClient http, int worker)
    {
        _http = http;
        _body = LoadActivities.Message($"echo-{worker}", "m1", TraineeScript.Line(worker), null);
    }

    public int TurnsPerConversation => 1;

    public async Task<string?> TurnAsync(CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = Json;
        using var response = await _http.PostAsync("/diagnostics/echo", content, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return $"echo: {(int)response.StatusCode}";
        }

        return answer.Length == _body.Length ? null : $"echo: {answer.Length} bytes back for {_body.Length}";
    }
}
