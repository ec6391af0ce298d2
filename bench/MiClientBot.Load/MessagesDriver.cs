using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace MiClientBot.Load;

/// <summary>
/// Conversations over /api/messages: "/start gary en", then the trainee script, then a new conversation.
/// Each answer must carry the balloon event of exactly this turn (no turn lost or counted twice): in the
/// response under expectReplies, or at the loopback connector when one is given.
/// With the protocol floor the same bodies go to /diagnostics/protocol, which parses them and
/// answers a fixed turn 0 without any bot: what the protocol alone costs.
/// </summary>
/// <remarks>
/// The bodies of one conversation are built once and only the conversation number in them is rewritten for the next
/// one: the tool shares the host's cores, so what it spends building requests would count against the bot, while
/// the echo phase posts one prebuilt body.
/// </remarks>
internal sealed class MessagesDriver : ITurnDriver
{
    private const int Digits = 9;
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly LoopbackConnector? _connector;
    private readonly string _prefix;
    private readonly int _moves;
    private readonly bool _protocolFloor;
    private readonly byte[][] _bodies;
    private readonly int[][] _numberAt;
    private string _conversationId;
    private int _conversation;
    private int _turn;

    public MessagesDriver(HttpClient http, LoopbackConnector? connector, string prefix, int moves, bool protocolFloor = false)
    {
        _http = http;
        _connector = connector;
        _prefix = prefix;
        _moves = moves;
        _protocolFloor = protocolFloor;
        _conversationId = ConversationId(0);
        var id = Encoding.UTF8.GetBytes(_conversationId);
        _bodies = new byte[moves + 1][];
        _numberAt = new int[moves + 1][];
        for (var turn = 0; turn <= moves; turn++)
        {
            var text = turn == 0 ? TraineeScript.Start : TraineeScript.Line(turn - 1);
            _bodies[turn] = LoadActivities.Message(_conversationId, "m" + turn, text, connector?.ServiceUrl);
            _numberAt[turn] = NumberOffsets(_bodies[turn], id);
        }
    }

    public int TurnsPerConversation => _moves + 1;

    private string Route => _protocolFloor ? "/diagnostics/protocol" : "/api/messages";

    public async Task<string?> TurnAsync(CancellationToken cancellationToken)
    {
        var conversationId = _conversationId;
        using var content = new ByteArrayContent(_bodies[_turn]);
        content.Headers.ContentType = Json;
        using var response = await _http.PostAsync(Route, content, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var expected = _protocolFloor ? 0 : _turn;
        if (++_turn > _moves)
        {
            (_conversation, _turn) = (_conversation + 1, 0);
            NextConversation();
        }

        if (!response.IsSuccessStatusCode)
        {
            return $"{Route}: {(int)response.StatusCode} {Trim(answer)}";
        }

        if (_connector is null)
        {
            return LoadActivities.HasTurn(answer, expected) ? null : $"{Route}: no balloon event for turn {expected} in {Trim(answer)}";
        }

        var seen = _connector.LastTurn(conversationId);
        return seen == expected ? null : $"connector: turn {expected} of {conversationId} arrived as {seen}";
    }

    private string ConversationId(int number) => $"{_prefix}-{number.ToString("D" + Digits, CultureInfo.InvariantCulture)}";

    // Where the number of the conversation id sits in a body (the id appears as the conversation's and in the user's).
    private static int[] NumberOffsets(byte[] body, byte[] id)
    {
        var offsets = new List<int>();
        for (var at = body.AsSpan().IndexOf(id); at >= 0;)
        {
            offsets.Add(at + id.Length - Digits);
            var next = body.AsSpan(at + 1).IndexOf(id);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return [.. offsets];
    }

    private void NextConversation()
    {
        _conversationId = ConversationId(_conversation);
        var number = Encoding.ASCII.GetBytes(_conversationId[^Digits..]);
        for (var turn = 0; turn < _bodies.Length; turn++)
        {
            foreach (var offset in _numberAt[turn])
            {
                number.CopyTo(_bodies[turn], offset);
            }
        }
    }

    private static string Trim(byte[] answer) => Encoding.UTF8.GetString(answer, 0, Math.Min(answer.Length, 200));
}
