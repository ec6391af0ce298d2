using MiClientBot.Core.Replies;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Tests.Sessions;

public sealed class LinePickerTests
{
    [Fact]
    public void Pick_SomeLinesUsed_PicksOnlyFreshOnes()
    {
        int[] used = [(3 * 256) + 0, (3 * 256) + 2, (4 * 256) + 1];
        var random = new SplitMix64(SplitMix64.FromSeed(5));

        var picks = Enumerable.Range(0, 200).Select(_ => LinePicker.Pick(3, 4, used, random)).ToHashSet();

        Assert.Equal([1, 3], picks.Order());
    }

    [Fact]
    public void Pick_EveryLineUsed_TakesTheOneUsedLongestAgo()
    {
        int[] used = [(4 * 256) + 0, (3 * 256) + 1, (3 * 256) + 0];

        Assert.Equal(1, LinePicker.Pick(3, 2, used, new SplitMix64(1)));
    }

    [Fact]
    public void Pick_SameSeed_SameLine()
    {
        int[] used = [256 + 4];

        Assert.Equal(
            LinePicker.Pick(1, 15, used, new SplitMix64(SplitMix64.FromSeed(9))),
            LinePicker.Pick(1, 15, used, new SplitMix64(SplitMix64.FromSeed(9))));
    }

    [Fact]
    public void Remember_MovesARepeatedLineToTheEndAndKeepsTheLastMemory()
    {
        IReadOnlyList<int> used = [];
        for (var i = 0; i < LinePicker.Memory + 5; i++)
        {
            used = LinePicker.Remember(used, 2, i);
        }

        used = LinePicker.Remember(used, 2, 10);

        Assert.Equal(LinePicker.Memory, used.Count);
        Assert.Equal((2 * 256) + 10, used[^1]);
        Assert.Equal(used.Count, used.Distinct().Count());
        Assert.Equal((2 * 256) + 5, used[0]);
    }
}
