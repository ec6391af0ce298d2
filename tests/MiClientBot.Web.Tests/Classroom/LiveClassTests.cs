using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;
using MiClientBot.Web.Classroom;

namespace MiClientBot.Web.Tests.Classroom;

/// <summary>One class without a host: rounds, the seam a drill uses, a pick racing a late reply, /forget after a pick.</summary>
public sealed class LiveClassTests
{
    private const string Reflection = "Du er lei av at alle bestemmer over deg.";
    private const string RightingReflex = "Du bør legge deg inn, du må slutte å drikke.";

    private static readonly ClientEngine Engine = new(PersonaCatalog.Load(Repo.Scenarios), TraineeMoveCoder.CreateDefault());
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_RoundFromAGivenOpening_RepliesAreTriedOnThatStateAndTheLineIsShown()
    {
        var live = NewClass(out _);
        var tense = Engine.Start("lasse", Language.Nb, 1).State with
        {
            Resistance = new(80, 70, 20),
            LastClientLine = "Dere skal ikke bestemme over meg!",
        };

        live.Open(new RoundOpening(tense, "Dere skal ikke bestemme over meg!", "drill:lasse-3"), Now);
        var student = live.Join("directline:a", "a", "u", null, 10, Now);
        var (round, state) = live.OpenRound();
        var reply = live.AddReply(student, round, Reflection, Engine.Respond(state, Reflection), Now);

        var feed = live.Feed();
        Assert.Equal(2, feed.Round.Number);
        Assert.Equal("drill:lasse-3", feed.Round.Source);
        Assert.Equal("Dere skal ikke bestemme over meg!", feed.Round.ClientLine);
        Assert.Equal(80, feed.Round.Balloon.Resistance.Sustain);
        Assert.Equal(Engine.Respond(tense, Reflection).State.Resistance.Rounded(), reply.Result.State.Resistance.Rounded());
    }

    [Fact]
    public void AddReply_AfterThePickClosedTheRound_IsRefusedAsMovedOn()
    {
        var live = NewClass(out var student);
        var (round, state) = live.OpenRound();
        var first = live.AddReply(student, round, Reflection, Engine.Respond(state, Reflection), Now);
        live.Pick(first.Id, Now);

        var late = Assert.Throws<ClassroomException>(() => live.AddReply(student, round, RightingReflex, Engine.Respond(state, RightingReflex), Now));

        Assert.Equal(ClassError.RoundMoved, late.Error);
        Assert.Empty(live.Feed().Round.Groups);
    }

    [Fact]
    public void Pick_Reply_TheNextRoundStartsFromItsResult()
    {
        var live = NewClass(out var student);
        var (round, state) = live.OpenRound();
        var result = Engine.Respond(state, RightingReflex);
        var reply = live.AddReply(student, round, RightingReflex, result, Now);

        live.Pick(reply.Id, Now);

        var (next, nextState) = live.OpenRound();
        Assert.Equal(2, next);
        Assert.Same(result.State, nextState);
        Assert.Equal(result.Reply, live.Feed().Round.ClientLine);
    }

    [Fact]
    public void Forget_AfterTheirReplyWasPicked_KeepsTheMoveWithoutWordsOrAuthor()
    {
        var live = NewClass(out var student);
        var (round, state) = live.OpenRound();
        var reply = live.AddReply(student, round, Reflection, Engine.Respond(state, Reflection), Now);
        live.Pick(reply.Id, Now);

        Assert.True(live.Forget(student.Key));

        var move = Assert.Single(live.Report().Rounds[0].Picked is { } p ? [p] : Array.Empty<FeedMove>());
        Assert.Equal(string.Empty, move.Text);
        Assert.Equal("(glemt)", move.Student);
        Assert.Equal(reply.Code.ToName(), move.Code);
        Assert.Null(live.Student(student.Key));
    }

    [Fact]
    public void Join_BeyondMaxStudents_IsRefusedAsFull()
    {
        var live = NewClass(out _);
        live.Join("directline:b", "b", null, null, 2, Now);

        var full = Assert.Throws<ClassroomException>(() => live.Join("directline:c", "c", null, null, 2, Now));

        Assert.Equal(ClassError.ClassFull, full.Error);
    }

    private static LiveClass NewClass(out ClassStudent student)
    {
        var opening = Engine.Start("lasse", Language.Nb, 7);
        var live = new LiveClass("ABC234", "lasse", "Lasse", Language.Nb, new RoundOpening(opening.State, opening.Greeting), Now);
        student = live.Join("directline:a", "a", "u", "Kari Nordmann", 10, Now);
        return live;
    }
}
