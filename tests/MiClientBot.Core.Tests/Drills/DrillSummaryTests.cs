using MiClientBot.Coding;
using MiClientBot.Core.Drills;

namespace MiClientBot.Core.Tests.Drills;

public class DrillSummaryTests
{
    [Fact]
    public void Of_MixedReplies_CountsEachVerdictAndNamesWhatMovedTheBalloonMost()
    {
        DrillTally[] done =
        [
            new("a", DrillVerdict.Rolled, -4.0), new("b", DrillVerdict.Argued, 12.5), new("c", DrillVerdict.Rolled, -9.5),
            new("d", DrillVerdict.Question, -1.0), new("e", DrillVerdict.Argued, 3.0), new("f", DrillVerdict.Other, 0),
        ];

        var summary = DrillSummary.Of(done);

        Assert.Equal((6, 2, 2, 1, 1), (summary.Drills, summary.Rolled, summary.Argued, summary.Questions, summary.Other));
        Assert.Equal("c", summary.MostDown!.Id);
        Assert.Equal("b", summary.MostUp!.Id);
        Assert.Equal(1.0, summary.PressureChange);
        Assert.Equal(
            ["Drills done: 6. Rolled with it 2, argued 2, questions 1, other 1. Total pressure change +1.0.", "Eased the balloon most: c (-9.5).", "Pushed the balloon up most: b (+12.5)."],
            summary.Lines(Language.En));
    }

    [Fact]
    public void Of_NothingDone_HasZerosAndNoExtremes()
    {
        var summary = DrillSummary.Of([]);

        Assert.Equal(0, summary.Drills);
        Assert.Null(summary.MostDown);
        Assert.Null(summary.MostUp);
        Assert.Single(summary.Lines(Language.Da));
    }
}
