using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.DirectLine;

/// <summary>
/// Hands Direct Line activities to the same bot as /api/messages (same flow, store and rendering),
/// with the bot's replies going to the conversation's log instead of a connector.
/// </summary>
internal sealed class DirectLineBot
{
    private readonly IActivityHandler _handler;
    private readonly TimeProvider _time;

    public DirectLineBot(IActivityHandler handler, TimeProvider time)
    {
        _handler = handler;
        _time = time;
    }

    /// <summary>Tells the bot it was added to a new conversation, so it welcomes (in the client's locale).</summary>
    public Task StartAsync(DirectLineConversation conversation, string userId, string? locale, CancellationToken cancellationToken)
    {
        var user = User(userId, null);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversation.StartId,
            Timestamp = _time.GetUtcNow(),
            ChannelId = DirectLineChannel.ChannelId,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = user,
            Recipient = DirectLineChannel.Bot,
            MembersAdded = [DirectLineChannel.Bot, user],
            Locale = locale,
        };
        return _handler.HandleAsync(new ActivityTurn(update, new DirectLineReplies(conversation, _time)), cancellationToken);
    }

    /// <summary>
    /// Stores the user's activity (the echo clients match by channelData.clientActivityID) and lets the
    /// bot answer it. The sender is the token's user, whatever the activity claims. Returns the new id.
    /// </summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity posted, string userId, CancellationToken cancellationToken)
    {
        var stored = conversation.Append(
            posted with
            {
                ChannelId = DirectLineChannel.ChannelId,
                Conversation = new ConversationAccount { Id = conversation.Id },
                From = User(userId, posted.From?.Name),
                Recipient = DirectLineChannel.Bot,
                ServiceUrl = null,
            },
            _time.GetUtcNow());
        if (ActivityTypes.IsHandled(stored.Type!))
        {
            await _handler.HandleAsync(new ActivityTurn(stored, new DirectLineReplies(conversation, _time)), cancellationToken);
        }

        return stored.Id!;
    }

    private static ChannelAccount User(string id, string? name) => new() { Id = id, Name = name, Role = DirectLineChannel.UserRole };
}
