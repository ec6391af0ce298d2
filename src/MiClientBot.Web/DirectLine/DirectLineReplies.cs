using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.DirectLine;

/// <summary>The bot's replies in a Direct Line conversation: appended to its log, where clients poll or stream them.</summary>
internal sealed class DirectLineReplies : IActivitySender
{
    private readonly DirectLineConversation _conversation;
    private readonly TimeProvider _time;

    public DirectLineReplies(DirectLineConversation conversation, TimeProvider time)
    {
        _conversation = conversation;
        _time = time;
    }

    public Task SendAsync(Activity reply, CancellationToken cancellationToken, bool retry = true)
    {
        _conversation.Append(reply with { From = DirectLineChannel.Bot, ServiceUrl = null }, _time.GetUtcNow());
        return Task.CompletedTask;
    }
}
