using MiClientBot.Coding;
using MiClientBot.Web.Bot;
using MiClientBot.Web.DirectLine;
using MiClientBot.Web.Protocol;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// Brings the class's next client line to every joined student's chat: appended to their Direct Line conversation, the
/// same way the bot's replies are, with the mi.state event so their balloon follows the class's.
/// </summary>
internal sealed class ClassDelivery
{
    private readonly DirectLineConversations _conversations;
    private readonly TimeProvider _time;

    public ClassDelivery(DirectLineConversations conversations, TimeProvider time)
    {
        _conversations = conversations;
        _time = time;
    }

    /// <summary>The round's line to every student; returns how many conversations got it.</summary>
    public async Task<int> SendRoundAsync(LiveClass live, CancellationToken cancellationToken)
    {
        var feed = live.Feed();
        var language = live.Language;
        var lines = new List<string>();
        if (feed.Round.Helper is { } helper)
        {
            lines.Add(ClassroomText.Get("drill-lead", language, feed.Round.Scene ?? string.Empty, helper));
        }

        if (feed.Round.ClientLine.Length > 0)
        {
            lines.Add(ClassroomText.Get("client-line", language, live.PersonaName, feed.Round.ClientLine));
        }

        lines.Add(feed.Round.Open ? ClassroomText.Get("next-round", language, feed.Round.Number) : ClassroomText.Get("ended", language));
        var sent = 0;
        foreach (var student in live.Students())
        {
            if (!_conversations.Exists(student.ConversationId))
            {
                continue;
            }

            var turn = TurnOf(student, language);
            foreach (var line in lines)
            {
                await turn.SendAsync(OutputRenderer.Message(turn, line), cancellationToken);
            }

            await turn.SendAsync(OutputRenderer.State(turn, feed.Round.Balloon), cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>A turn as if the student had just written, so the replies are addressed exactly as the bot's own.</summary>
    private ActivityTurn TurnOf(ClassStudent student, Language language)
    {
        var conversation = _conversations.GetOrAdd(student.ConversationId, out _);
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = DirectLineChannel.ChannelId,
            Conversation = new ConversationAccount { Id = student.ConversationId },
            From = new ChannelAccount { Id = student.UserId, Role = DirectLineChannel.UserRole },
            Recipient = DirectLineChannel.Bot,
            Locale = language.ToCode(),
        };
        return new ActivityTurn(inbound, new DirectLineReplies(conversation, _time));
    }
}
