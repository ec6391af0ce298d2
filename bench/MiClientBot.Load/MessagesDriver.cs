using System.Net.Http.Headers;

namespace MiClientBot.Load;

/// <summary>
/// Conversations over /api/messages: "/start gary en", then the trainee script, then a new conversation.
/// Each answer must carry the balloon event of exactly this turn (no turn lost or counted twice): in the
/// response under expectReplies, or at the loopback connector when <paramref name="connector"/> is given.
/// </summary>
internal sealed class MessagesDriver : ITurnDriver
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly LoopbackConnector? _connector;
    private readonly string _prefix;
    private readonly int _moves;
    private int _conversation;
    private int _turn;

    public MessagesDriver(HttpClient http, LoopbackConnector? connector, string prefix, int moves)
    {
        _http = http;
        _connector = connector;
        _prefix = prefix;
        _moves = moves;
    }

    public int TurnsPerConversation => _moves + 1;

    public async Task<string?> TurnAsync(CancellationToken cancellationToken)
    {
        var conversationId = $"{_prefix}-{_conversation}";
        var text = _turn == 0 ? TraineeScript.Start : TraineeScript.Line(_turn - 1);
        using var content = new ByteArrayContent(LoadActivities.Message(conversationId, "m" + _turn, text, _connector?.ServiceUrl));
        content.Headers.ContentType = Json;
        using var response = await _http.PostAsync("/api/messages", content, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var expected = _turn;
        if (++_turn > _moves)
        {
            (_conversation, _turn) = (_conversation + 1, 0);
        }

        if (!response.IsSuccessStatusCode)
        {
            return $"api/messages: {(int)response.StatusCode} {Trim(answer)}";
        }

        if (_connector is null)
        {
            return LoadActivities.HasTurn(answer, expected) ? null : $"api/messages: no balloon event for turn {expected} in {Trim(answer)}";
        }

        var seen = _connector.LastTurn(conversationId);
        return seen == expected ? null : $"connector: turn {expected} of {conversationId} arrived as {seen}";
    }

    private static string Trim(byte[] answer) => System.Text.Encoding.UTF8.GetString(answer, 0, Math.Min(answer.Length, 200));
}
