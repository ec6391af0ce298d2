using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Tests.Storage;

public sealed class TranscriptLogTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToArray_SeveralTurnsAppended_LinesInTheOrderTheyWereSaid()
    {
        var log = TranscriptLog.Empty
            .Append([Line(Speaker.Trainee, "1"), Line(Speaker.Client, "2")])
            .Append([])
            .Append([Line(Speaker.Trainee, "3")])
            .Append([Line(Speaker.Trainee, "4"), Line(Speaker.Client, "5")]);

        Assert.Equal(5, log.Count);
        Assert.Equal(["1", "2", "3", "4", "5"], log.ToArray().Select(l => l.Text));
    }

    [Fact]
    public void Append_ToAnEarlierVersion_LeavesTheLaterOneAsItWas()
    {
        // A writer that loses the race appends to the version it read; the winner's transcript must not change.
        var read = TranscriptLog.Empty.Append([Line(Speaker.Trainee, "1")]);
        var winner = read.Append([Line(Speaker.Trainee, "won")]);
        var loser = read.Append([Line(Speaker.Trainee, "lost")]);

        Assert.Equal(["1", "won"], winner.ToArray().Select(l => l.Text));
        Assert.Equal(["1", "lost"], loser.ToArray().Select(l => l.Text));
    }

    [Fact]
    public void Append_ManyTurnsOnTwoBranches_EachBranchKeepsItsOwnLines()
    {
        var shared = TranscriptLog.Empty;
        for (var i = 0; i < 10; i++)
        {
            shared = shared.Append([Line(Speaker.Trainee, $"t{i}"), Line(Speaker.Client, $"c{i}")]);
        }

        var left = shared;
        var right = shared;
        for (var i = 0; i < 20; i++)
        {
            left = left.Append([Line(Speaker.Trainee, $"L{i}")]);
            right = right.Append([Line(Speaker.Trainee, $"R{i}")]);
        }

        Assert.Equal(20, shared.Count);
        Assert.Equal(40, left.Count);
        Assert.All(left.ToArray()[20..], l => Assert.StartsWith("L", l.Text, StringComparison.Ordinal));
        Assert.All(right.ToArray()[20..], l => Assert.StartsWith("R", l.Text, StringComparison.Ordinal));
        Assert.Equal(shared.ToArray().Select(l => l.Text), left.ToArray()[..20].Select(l => l.Text));
    }

    private static TranscriptLine Line(Speaker speaker, string text) => new(At, speaker, text);
}
