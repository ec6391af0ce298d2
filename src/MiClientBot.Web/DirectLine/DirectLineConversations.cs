using System.Collections.Concurrent;
using System.Security.Cryptography;
using MiClientBot.Web.Turns;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// The open Direct Line conversations. Logs are in memory: after a restart a valid token finds an empty
/// log under its conversation id, and the role-play goes on from the conversation store.
/// </summary>
internal sealed class DirectLineConversations
{
    /// <summary>Logs untouched for this long are dropped (their tokens have long expired).</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly SharedRemainders _shared = new();
    private readonly SweepSchedule _sweeps = new(TimeSpan.FromMinutes(1));
    private readonly TimeProvider _time;

    public DirectLineConversations(TimeProvider time) => _time = time;

    /// <summary>A new, unguessable conversation id (the log is created when the conversation starts).</summary>
    public static string NewId() => Base64Url(RandomNumberGenerator.GetBytes(18));

    public static string NewUserId() => "dl_" + Base64Url(RandomNumberGenerator.GetBytes(12));

    public bool Exists(string id) => _conversations.ContainsKey(id);

    /// <summary>The log of <paramref name="id"/>; <paramref name="created"/> tells whether it is new.</summary>
    public DirectLineConversation GetOrAdd(string id, out bool created)
    {
        if (_conversations.TryGetValue(id, out var known))
        {
            created = false;
            return known;
        }

        var now = _time.GetUtcNow();
        var fresh = new DirectLineConversation(id, now, _shared, FirstSequence(now));
        var conversation = _conversations.GetOrAdd(id, fresh);
        created = ReferenceEquals(conversation, fresh);
        if (created)
        {
            DropIdle(now);
        }

        return conversation;
    }

    /// <summary>
    /// Where a new log's sequence numbers (the watermarks) start: the time it is made, in microseconds. A host that
    /// restarts makes the log of a conversation it knew anew, and its numbers must lie beyond every watermark the
    /// client kept from before (Web Chat asks for what came after it); that holds unless the old log stored more
    /// than a thousand activities per millisecond of its life.
    /// </summary>
    internal static long FirstSequence(DateTimeOffset now) => Math.Max(0, now.ToUnixTimeMilliseconds()) * 1000;

    private void DropIdle(DateTimeOffset now)
    {
        // Looking through every log on every new conversation would cost more the more are open; once a minute is enough
        // for a limit of a day.
        if (!_sweeps.TryStart(now))
        {
            return;
        }

        foreach (var (id, conversation) in _conversations)
        {
            if (now - conversation.LastUsed > IdleLimit)
            {
                _conversations.TryRemove(id, out _);
            }
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
