using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MiClientBot.Load;

/// <summary>
/// Conversations over the host's Direct Line, as Web Chat holds them with polling: a token, the
/// conversation (the bot welcomes), then per turn a post and a poll from the last watermark, which
/// must bring the balloon event of exactly this turn.
/// </summary>
internal sealed class DirectLineDriver : ITurnDriver
{
    private const string Route = "/v3/directline";
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly string _prefix;
    private readonly int _moves;
    private int _conversation;
    private int _turn = -1;
    private string? _token;
    private string? _conversationId;
    private string? _watermark;

    public DirectLineDriver(HttpClient http, string prefix, int moves)
    {
        _http = http;
        _prefix = prefix;
        _moves = moves;
    }

    public int TurnsPerConversation => _moves + 2;

    private string UserId => $"{_prefix}-{_conversation}";

    public async Task<string?> TurnAsync(CancellationToken cancellationToken)
    {
        var turn = _turn;
        if (++_turn > _moves)
        {
            (_conversation, _turn) = (_conversation + 1, -1);
        }

        try
        {
            return turn < 0 ? await StartAsync(cancellationToken) : await SayAsync(turn, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"directline: unreadable answer ({e.Message})";
        }
    }

    private async Task<string?> StartAsync(CancellationToken cancellationToken)
    {
        var ask = Encoding.UTF8.GetBytes($"{{\"user\":{{\"id\":\"{UserId}\"}},\"locale\":\"en-US\"}}");
        var (status, ticket) = await SendAsync(HttpMethod.Post, "/tokens/generate", ask, null, cancellationToken);
        if (status != 200)
        {
            return $"directline tokens/generate: {status}";
        }

        using (var doc = JsonDocument.Parse(ticket))
        {
            _token = doc.RootElement.GetProperty("token").GetString();
            _conversationId = doc.RootElement.GetProperty("conversationId").GetString();
        }

        (status, _) = await SendAsync(HttpMethod.Post, "/conversations", ask, _token, cancellationToken);
        if (status != 201)
        {
            return $"directline conversations: {status}";
        }

        _watermark = null;
        var (pollStatus, activities) = await PollAsync(cancellationToken);
        return pollStatus == 200 && activities.Contains("\"attachments\"", StringComparison.Ordinal) ? null : $"directline: no welcome card ({pollStatus})";
    }

    private async Task<string?> SayAsync(int turn, CancellationToken cancellationToken)
    {
        var text = turn == 0 ? TraineeScript.Start : TraineeScript.Line(turn - 1);
        var body = LoadActivities.DirectLineMessage(UserId, text, $"c{turn}");
        var (status, _) = await SendAsync(HttpMethod.Post, $"/conversations/{_conversationId}/activities", body, _token, cancellationToken);
        if (status != 200)
        {
            return $"directline post: {status}";
        }

        var (pollStatus, activities) = await PollAsync(cancellationToken);
        if (pollStatus != 200)
        {
            return $"directline poll: {pollStatus}";
        }

        return activities.Contains(LoadActivities.TurnMarker(turn), StringComparison.Ordinal) ? null : $"directline: no balloon event for turn {turn}";
    }

    private async Task<(int Status, string Activities)> PollAsync(CancellationToken cancellationToken)
    {
        var query = _watermark is null ? string.Empty : "?watermark=" + _watermark;
        var (status, answer) = await SendAsync(HttpMethod.Get, $"/conversations/{_conversationId}/activities{query}", null, _token, cancellationToken);
        if (status == 200)
        {
            using var doc = JsonDocument.Parse(answer);
            _watermark = doc.RootElement.GetProperty("watermark").GetString();
        }

        return (status, answer);
    }

    private async Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, byte[]? body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Route + path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Json;
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
