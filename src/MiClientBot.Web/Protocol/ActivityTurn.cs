using System.Text.Json.Nodes;

namespace MiClientBot.Web.Protocol;

/// <summary>
/// One inbound activity and the way back: replies go to the sender (connector or Direct Line) as they are sent (so a typing
/// indicator shows while the bot works), or are collected for the HTTP response under expectReplies.
/// </summary>
internal sealed class ActivityTurn
{
    private readonly IActivitySender? _connector;
    private readonly List<Activity> _collected = [];

    /// <summary>A turn; <paramref name="connector"/> may be null only when the activity expects its replies in the response.</summary>
    public ActivityTurn(Activity activity, IActivitySender? connector)
    {
        Activity = activity;
        _connector = connector;
    }

    public Activity Activity { get; }

    /// <summary>
    /// True when the channel may deliver this activity again under the same id (Bot Connector channels do, after a
    /// 5xx or a slow answer). The host's own Direct Line gives every posted activity a new id.
    /// </summary>
    public bool MayBeRedelivered { get; init; }

    public IReadOnlyList<Activity> Collected => _collected;

    /// <summary>A reply addressed back to the sender, in the same conversation and thread.</summary>
    public Activity CreateReply(string type = ActivityTypes.Message, string? text = null, string? textFormat = null, string? name = null, JsonNode? value = null) => new()
    {
        Type = type,
        Text = text,
        TextFormat = textFormat,
        Name = name,
        Value = value,
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        From = Activity.Recipient,
        Recipient = Activity.From,
        Conversation = Activity.Conversation,
        ReplyToId = Activity.Id,
        Locale = Activity.Locale,
    };

    /// <summary>
    /// Shows the typing indicator. Best effort: a connector that refuses it gets no retries, and the
    /// turn goes on (its replies will say whether the connector is really down).
    /// </summary>
    public async Task SendTypingAsync(CancellationToken cancellationToken)
    {
        if (Activity.ExpectsReplies)
        {
            return;
        }

        try
        {
            await _connector!.SendAsync(CreateReply(ActivityTypes.Typing), cancellationToken, retry: false);
        }
        catch (ConnectorException)
        {
            // Nothing to do: a missing typing indicator costs the trainee nothing.
        }
    }

    public Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        if (!Activity.ExpectsReplies)
        {
            return _connector!.SendAsync(reply, cancellationToken);
        }

        _collected.Add(reply);
        return Task.CompletedTask;
    }
}
