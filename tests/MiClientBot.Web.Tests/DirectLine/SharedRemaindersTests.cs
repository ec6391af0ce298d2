using System.Text;
using MiClientBot.Web.DirectLine;

namespace MiClientBot.Web.Tests.DirectLine;

/// <summary>The table that holds the bot's repeated JSON once for all Direct Line conversations.</summary>
public sealed class SharedRemaindersTests
{
    [Fact]
    public void Intern_EqualBytes_GivesTheArrayHeldFirst()
    {
        var shared = new SharedRemainders();
        var first = Json("""{"type":"typing","locale":"en-US"}""");

        var held = shared.Intern(first);
        var again = shared.Intern(Json("""{"type":"typing","locale":"en-US"}"""));
        var other = shared.Intern(Json("""{"type":"typing","locale":"nb-NO"}"""));

        Assert.Same(first, held);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, shared.Count);
    }

    [Fact]
    public void Intern_ManyDifferentEntries_StaysWithinItsBound()
    {
        var shared = new SharedRemainders(maxEntries: 8);

        for (var i = 0; i < 1_000; i++)
        {
            shared.Intern(Json($$"""{"type":"event","value":{{i}}}"""));
            Assert.InRange(shared.Count, 0, 8);
        }
    }

    [Fact]
    public void Intern_ManyBytes_StaysWithinItsByteBound()
    {
        var shared = new SharedRemainders(maxBytes: 16 * 1024);

        for (var i = 0; i < 1_000; i++)
        {
            shared.Intern(Json($$"""{"type":"message","text":"{{new string('x', 500)}}{{i}}"}"""));
            Assert.InRange(shared.Count, 0, 33);
        }
    }

    [Fact]
    public void Intern_EntryStillInUseAfterTheTableFilledUp_IsStillShared()
    {
        var shared = new SharedRemainders(maxEntries: 4);
        var typing = shared.Intern(Json("""{"type":"typing"}"""));

        for (var i = 0; i < 6; i++)
        {
            shared.Intern(Json($$"""{"value":{{i}}}"""));
        }

        var again = shared.Intern(Json("""{"type":"typing"}"""));
        for (var i = 6; i < 10; i++)
        {
            shared.Intern(Json($$"""{"value":{{i}}}"""));
        }

        Assert.Same(typing, again);
        Assert.Same(typing, shared.Intern(Json("""{"type":"typing"}""")));
    }

    [Fact]
    public void Intern_LargerThanTheTableShouldHold_IsNotHeld()
    {
        var shared = new SharedRemainders(maxBytes: 1024);
        var card = Json($$"""{"text":"{{new string('x', 200)}}"}""");

        var held = shared.Intern(card);

        Assert.Same(card, held);
        Assert.Equal(0, shared.Count);
    }

    [Fact]
    public void Intern_SameBytesFromManyThreads_AllGetOneArray()
    {
        var shared = new SharedRemainders();
        var held = new byte[64][];

        Parallel.For(0, held.Length, i => held[i] = shared.Intern(Json("""{"type":"typing","locale":"da"}""")));

        Assert.All(held, h => Assert.Same(held[0], h));
        Assert.Equal(1, shared.Count);
    }

    private static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);
}
