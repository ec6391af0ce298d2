using MiClientBot.Web.DirectLine;
using MiClientBot.Web.Tests.Support;

namespace MiClientBot.Web.Tests.DirectLine;

public sealed class DirectLineConversationsTests
{
    [Fact]
    public void GetOrAdd_AfterADayIdle_DropsTheIdleLogButKeepsTheOneInUse()
    {
        var time = new ManualTime();
        var conversations = new DirectLineConversations(time);
        conversations.GetOrAdd("idle", out _);
        conversations.GetOrAdd("in-use", out _);

        time.Advance(DirectLineConversations.IdleLimit - TimeSpan.FromMinutes(5));
        conversations.GetOrAdd("in-use", out _).Append(new MiClientBot.Web.Protocol.Activity { Type = "message", Text = "still here" }, time.GetUtcNow());
        time.Advance(TimeSpan.FromMinutes(10));
        conversations.GetOrAdd("new", out var created);

        Assert.True(created);
        Assert.False(conversations.Exists("idle"));
        Assert.True(conversations.Exists("in-use"));
    }

    [Fact]
    public void GetOrAdd_KnownId_GivesTheSameLog()
    {
        var conversations = new DirectLineConversations(new ManualTime());

        var first = conversations.GetOrAdd("c", out var createdFirst);
        var again = conversations.GetOrAdd("c", out var createdAgain);

        Assert.Same(first, again);
        Assert.True(createdFirst);
        Assert.False(createdAgain);
    }
}
