using System.Buffers;
using System.Globalization;
using System.Text.Json;
using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// One Direct Line conversation's activity log, in order. The watermark is the sequence number of the
/// last activity a client has; it gets those after it. Only the newest activities are kept, so a long
/// session stays small (the role-play itself lives in the conversation store).
/// </summary>
/// <remarks>
/// Thousands of conversations stay open at once, so the log is kept small: per activity only what differs
/// from the conversation's envelope (<see cref="LoggedActivity"/>), as JSON serialized once, with the bot's
/// JSON shared across conversations (<see cref="SharedRemainders"/>). A page puts the envelope back: the
/// client gets the same fields and values as were stored (members in another order, which JSON ignores).
/// </remarks>
internal sealed class DirectLineConversation
{
    public const int MaxActivities = 1000;

    /// <summary>The id of the conversationUpdate that opens a conversation ends in this; the welcome replies to it.</summary>
    public const string StartSuffix = "start";

    // LoggedActivity.ReplyTo: a sequence number counted from the log's first (>= 0), or one of these.
    private const int InlineReplyTo = -1;
    private const int ReplyToStart = -2;

    // LoggedActivity.Shape: from (bits 0-1) and recipient (bits 2-3) are one of the account codes.
    private const int InlineAccount = 0;
    private const int BotAccount = 1;
    private const int FirstUser = 2;
    private const int SecondUser = 3;
    private const int RecipientShift = 2;
    private const int OwnChannel = 1 << 4;
    private const int OwnConversation = 1 << 5;
    private const int UserIdInside = 1 << 6;

    /// <summary>
    /// Stands for the user's id (the whole JSON string) inside a remainder, such as suggestedActions.to, so the
    /// bot's JSON stays the same for every user. Valid JSON never holds this byte: control characters are escaped.
    /// </summary>
    private const byte UserIdMark = 0x01;

    private static readonly byte[] BotJson = JsonSerializer.SerializeToUtf8Bytes(DirectLineChannel.Bot, ActivityJson.Options);
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ActivityJson.Options.Encoder, SkipValidation = true };
    private static readonly JsonEncodedText ActivitiesName = JsonEncodedText.Encode("activities");
    private static readonly JsonEncodedText WatermarkName = JsonEncodedText.Encode("watermark");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TimestampName = JsonEncodedText.Encode("timestamp");
    private static readonly JsonEncodedText ChannelIdName = JsonEncodedText.Encode("channelId");
    private static readonly JsonEncodedText ChannelIdValue = JsonEncodedText.Encode(DirectLineChannel.ChannelId);
    private static readonly JsonEncodedText FromName = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText ConversationName = JsonEncodedText.Encode("conversation");
    private static readonly JsonEncodedText RecipientName = JsonEncodedText.Encode("recipient");
    private static readonly JsonEncodedText ReplyToIdName = JsonEncodedText.Encode("replyToId");

    private readonly Lock _gate = new();
    private readonly SharedRemainders _shared;
    private LoggedActivity[] _log = [];
    private int _head;
    private int _count;
    private long _first;

    // The sequence number of the log's first activity ever; replyTo codes count from it.
    private readonly long _base;

    // The user's account as JSON, held once: usually one, a second when the user posts under a name as well.
    private byte[]? _firstUser;
    private byte[]? _secondUser;

    // The first user's id as a JSON string, which a remainder holds as UserIdMark.
    private byte[]? _userId;

    // The last user account classified: a turn's replies are addressed to the very object the user's message came
    // from, so they are classified without serializing the account again (accounts are immutable records).
    private ChannelAccount? _lastUser;
    private int _lastUserKind;

    private TaskCompletionSource? _changed;

    /// <param name="id">The conversation id.</param>
    /// <param name="now">When the log is made.</param>
    /// <param name="shared">The bot's JSON shared across conversations.</param>
    /// <param name="firstSequence">The sequence number (watermark) of the first activity.</param>
    public DirectLineConversation(string id, DateTimeOffset now, SharedRemainders shared, long firstSequence = 0)
    {
        Id = id;
        LastUsed = now;
        _shared = shared;
        _base = _first = firstSequence;
    }

    public string Id { get; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>The id of the conversationUpdate that opens this conversation.</summary>
    public string StartId => $"{Id}|{StartSuffix}";

    /// <summary>Stores the activity with its Direct Line id and timestamp and returns it as stored.</summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        TaskCompletionSource? changed;
        Activity stored;
        lock (_gate)
        {
            var sequence = _first + _count;
            stored = activity with { Id = $"{Id}|{sequence:D7}", Timestamp = now };
            Add(Log(stored, now));
            LastUsed = now;
            (changed, _changed) = (_changed, null);
        }

        changed?.TrySetResult();
        return stored;
    }

    /// <summary>The activities after <paramref name="watermark"/> (all for null or garbage) and the new watermark.</summary>
    public ActivitySet Read(string? watermark)
    {
        lock (_gate)
        {
            var after = long.TryParse(watermark, out var w) ? w : -1;
            var start = (int)Math.Clamp(after + 1 - _first, 0, _count);
            var next = _count > 0 ? (_first + _count - 1).ToString(CultureInfo.InvariantCulture) : watermark;
            return new ActivitySet(_count - start, next, Page(start, next));
        }
    }

    /// <summary>Completes when an activity after <paramref name="watermark"/> is there.</summary>
    public Task WaitAsync(string? watermark, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var after = long.TryParse(watermark, out var w) ? w : -1;
            if (_count > 0 && _first + _count - 1 > after)
            {
                return Task.CompletedTask;
            }

            _changed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _changed.Task.WaitAsync(cancellationToken);
        }
    }

    private void Add(LoggedActivity activity)
    {
        if (_count == MaxActivities)
        {
            // Full: a ring, the newest takes the oldest's place.
            _log[_head] = activity;
            _head = (_head + 1) % MaxActivities;
            _first++;
            return;
        }

        if (_count == _log.Length)
        {
            Array.Resize(ref _log, Math.Min(MaxActivities, Math.Max(8, _count + (_count / 2))));
        }

        _log[_count++] = activity;
    }

    /// <summary>The activity without its envelope, and how to put the envelope back.</summary>
    private LoggedActivity Log(Activity stored, DateTimeOffset now)
    {
        var from = Account(stored.From);
        var recipient = Account(stored.Recipient);
        var ownChannel = stored.ChannelId == DirectLineChannel.ChannelId;
        var ownConversation = stored.Conversation is { Name: null, ConversationType: null, TenantId: null, IsGroup: null, Properties: null } c && c.Id == Id;
        var replyTo = ReplyTo(stored.ReplyToId);
        var remainder = JsonSerializer.SerializeToUtf8Bytes(
            stored with
            {
                Id = null,
                Timestamp = null,
                ChannelId = ownChannel ? null : stored.ChannelId,
                Conversation = ownConversation ? null : stored.Conversation,
                From = from == InlineAccount ? stored.From : null,
                Recipient = recipient == InlineAccount ? stored.Recipient : null,
                ReplyToId = replyTo == InlineReplyTo ? stored.ReplyToId : null,
            },
            ActivityJson.Options);

        var userIdInside = MarkUserId(ref remainder);

        // What the bot says repeats across conversations; what the user says (with Web Chat's clientActivityID) does not.
        if (from == BotAccount)
        {
            remainder = _shared.Intern(remainder);
        }

        var shape = from | (recipient << RecipientShift) | (ownChannel ? OwnChannel : 0) | (ownConversation ? OwnConversation : 0) | (userIdInside ? UserIdInside : 0);
        return new LoggedActivity(remainder, now, replyTo, (byte)shape);
    }

    private int Account(ChannelAccount? account)
    {
        if (account is null)
        {
            return InlineAccount;
        }

        if (ReferenceEquals(account, DirectLineChannel.Bot))
        {
            return BotAccount;
        }

        if (ReferenceEquals(account, _lastUser))
        {
            return _lastUserKind;
        }

        var kind = Classify(account);
        (_lastUser, _lastUserKind) = (account, kind);
        return kind;
    }

    private int Classify(ChannelAccount account)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(account, ActivityJson.Options);
        if (json.AsSpan().SequenceEqual(BotJson))
        {
            return BotAccount;
        }

        if (_firstUser is null)
        {
            _firstUser = json;
            _userId = account.Id is null ? null : JsonSerializer.SerializeToUtf8Bytes(account.Id, ActivityJson.Options);
            return FirstUser;
        }

        if (json.AsSpan().SequenceEqual(_firstUser))
        {
            return FirstUser;
        }

        if (_secondUser is null || json.AsSpan().SequenceEqual(_secondUser))
        {
            _secondUser ??= json;
            return SecondUser;
        }

        return InlineAccount;
    }

    /// <summary>Replaces each string value that is the user's id, exactly as written, by <see cref="UserIdMark"/>.</summary>
    private bool MarkUserId(ref byte[] remainder)
    {
        if (_userId is null || remainder.AsSpan().IndexOf(_userId) < 0)
        {
            return false;
        }

        var marked = new List<byte>(remainder.Length);
        var copied = 0;
        var reader = new Utf8JsonReader(remainder);
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            var end = (int)reader.BytesConsumed;
            if (reader.TokenType == JsonTokenType.String && remainder.AsSpan(start, end - start).SequenceEqual(_userId))
            {
                marked.AddRange(remainder.AsSpan(copied, start - copied));
                marked.Add(UserIdMark);
                copied = end;
            }
        }

        if (copied == 0)
        {
            return false;
        }

        marked.AddRange(remainder.AsSpan(copied));
        remainder = [.. marked];
        return true;
    }

    /// <summary>The code for a replyToId: this conversation's activities and its start are kept as a number.</summary>
    private int ReplyTo(string? replyToId)
    {
        if (replyToId is null || replyToId.Length <= Id.Length + 1 || !replyToId.StartsWith(Id, StringComparison.Ordinal) || replyToId[Id.Length] != '|')
        {
            return InlineReplyTo;
        }

        var suffix = replyToId.AsSpan(Id.Length + 1);
        if (suffix.SequenceEqual(StartSuffix))
        {
            return ReplyToStart;
        }

        Span<char> formatted = stackalloc char[24];
        return long.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && sequence.TryFormat(formatted, out var length, "D7", CultureInfo.InvariantCulture)
            && suffix.SequenceEqual(formatted[..length])
            && sequence - _base is >= 0 and <= int.MaxValue
            ? (int)(sequence - _base)
            : InlineReplyTo;
    }

    /// <summary>The Direct Line page {"activities":[...],"watermark":"N"} from log position <paramref name="start"/> on.</summary>
    private ReadOnlyMemory<byte> Page(int start, string? watermark)
    {
        var estimate = 64;
        for (var i = start; i < _count; i++)
        {
            estimate += At(i).Remainder.Length + 200 + (3 * Id.Length) + (2 * (_firstUser?.Length ?? 0));
        }

        var buffer = new ArrayBufferWriter<byte>(estimate);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(ActivitiesName);
            var id = new char[Id.Length + 21];
            Id.CopyTo(id);
            id[Id.Length] = '|';
            for (var i = start; i < _count; i++)
            {
                Write(writer, At(i), _first + i, id);
            }

            writer.WriteEndArray();
            if (watermark is not null)
            {
                // The default encoder, as the watermark has always been written.
                writer.WriteString(WatermarkName, JsonEncodedText.Encode(watermark));
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private ref readonly LoggedActivity At(int position) => ref _log[(_head + position) % _log.Length];

    /// <summary>Writes the activity as stored: its envelope, then its remainder's members as they are.</summary>
    private void Write(Utf8JsonWriter writer, in LoggedActivity activity, long sequence, char[] id)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, ActivityId(id, sequence));
        writer.WriteString(TimestampName, activity.Timestamp);
        if ((activity.Shape & OwnChannel) != 0)
        {
            writer.WriteString(ChannelIdName, ChannelIdValue);
        }

        WriteAccount(writer, FromName, activity.Shape & 3);
        if ((activity.Shape & OwnConversation) != 0)
        {
            writer.WriteStartObject(ConversationName);
            writer.WriteString(IdName, Id);
            writer.WriteEndObject();
        }

        WriteAccount(writer, RecipientName, (activity.Shape >> RecipientShift) & 3);
        if (activity.ReplyTo == ReplyToStart)
        {
            writer.WriteString(ReplyToIdName, StartId);
        }
        else if (activity.ReplyTo >= 0)
        {
            writer.WriteString(ReplyToIdName, ActivityId(id, _base + activity.ReplyTo));
        }

        var remainder = activity.Remainder;
        if (remainder.Length > 2)
        {
            // The remainder's members (without its braces) continue this object; the writer takes them as they are.
            var members = remainder.AsSpan(1, remainder.Length - 2);
            if ((activity.Shape & UserIdInside) != 0)
            {
                WriteWithUserId(writer, members);
            }
            else
            {
                writer.WriteRawValue(members, skipInputValidation: true);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="members"/> with the user's id in place of each <see cref="UserIdMark"/>.</summary>
    private void WriteWithUserId(Utf8JsonWriter writer, ReadOnlySpan<byte> members)
    {
        var userId = _userId!;
        var rented = ArrayPool<byte>.Shared.Rent(members.Length + (members.Count(UserIdMark) * userId.Length));
        var length = 0;
        foreach (var part in members.Split(UserIdMark))
        {
            if (part.Start.Value > 0)
            {
                userId.CopyTo(rented.AsSpan(length));
                length += userId.Length;
            }

            members[part].CopyTo(rented.AsSpan(length));
            length += part.End.Value - part.Start.Value;
        }

        writer.WriteRawValue(rented.AsSpan(0, length), skipInputValidation: true);
        ArrayPool<byte>.Shared.Return(rented);
    }

    private void WriteAccount(Utf8JsonWriter writer, JsonEncodedText name, int account)
    {
        var json = account switch
        {
            BotAccount => BotJson,
            FirstUser => _firstUser,
            SecondUser => _secondUser,
            _ => null,
        };
        if (json is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(json, skipInputValidation: true);
        }
    }

    /// <summary>"{Id}|{sequence:D7}" in <paramref name="id"/>, which starts with "{Id}|".</summary>
    private ReadOnlySpan<char> ActivityId(char[] id, long sequence)
    {
        sequence.TryFormat(id.AsSpan(Id.Length + 1), out var length, "D7", CultureInfo.InvariantCulture);
        return id.AsSpan(0, Id.Length + 1 + length);
    }
}
