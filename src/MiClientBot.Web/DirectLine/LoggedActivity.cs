namespace MiClientBot.Web.DirectLine;

/// <summary>
/// One activity in a Direct Line log, 24 bytes plus its remainder: the activity's JSON without the envelope
/// every activity of the conversation repeats (id, timestamp, channelId, conversation, the bot's and the user's
/// accounts, a replyToId within the conversation), which <see cref="DirectLineConversation"/> writes back on
/// reading. The remainder of what the bot sends is usually shared with other conversations.
/// </summary>
internal readonly struct LoggedActivity
{
    public LoggedActivity(byte[] remainder, DateTimeOffset timestamp, int replyTo, byte shape)
    {
        Remainder = remainder;
        Ticks = timestamp.Ticks;
        OffsetMinutes = (short)timestamp.Offset.TotalMinutes;
        ReplyTo = replyTo;
        Shape = shape;
    }

    /// <summary>The rest of the activity as a JSON object (<c>{}</c> when nothing is left).</summary>
    public byte[] Remainder { get; }

    /// <summary>The timestamp's clock ticks; with <see cref="OffsetMinutes"/> the exact value the client was given.</summary>
    public long Ticks { get; }

    public short OffsetMinutes { get; }

    /// <summary>The sequence number the activity replies to, or one of the codes of <see cref="DirectLineConversation"/>.</summary>
    public int ReplyTo { get; }

    /// <summary>Which envelope fields are written back, and with which account (bits of <see cref="DirectLineConversation"/>).</summary>
    public byte Shape { get; }

    public DateTimeOffset Timestamp => new(Ticks, TimeSpan.FromMinutes(OffsetMinutes));
}
