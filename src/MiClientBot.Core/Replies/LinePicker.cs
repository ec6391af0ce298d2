namespace MiClientBot.Core.Replies;

/// <summary>Picks a line from a bank at random, avoiding lines used recently in the session.</summary>
internal static class LinePicker
{
    /// <summary>How many recent lines the session remembers; keeps the serialized state small.</summary>
    public const int Memory = 48;

    public static int Pick(int kind, int count, IReadOnlyList<int> used, Sessions.IRandomSource random)
    {
        // Mark the bank's recently used lines, then draw among the others in index order.
        Span<bool> taken = count <= 256 ? stackalloc bool[count] : new bool[count];
        for (var u = 0; u < used.Count; u++)
        {
            var line = used[u] - (kind * 256);
            if (line >= 0 && line < count)
            {
                taken[line] = true;
            }
        }

        var fresh = count - taken.Count(true);
        if (fresh > 0)
        {
            var nth = random.Next(fresh);
            for (var i = 0; i < count; i++)
            {
                if (!taken[i] && nth-- == 0)
                {
                    return i;
                }
            }
        }

        // Every line was used lately: take the one used longest ago.
        for (var i = 0; i < used.Count; i++)
        {
            if (used[i] / 256 == kind)
            {
                return used[i] % 256;
            }
        }

        return random.Next(count);
    }

    public static IReadOnlyList<int> Remember(IReadOnlyList<int> used, int kind, int index)
    {
        // The used lines without this one, then this one, keeping the last Memory of them.
        var id = (kind * 256) + index;
        var others = 0;
        for (var i = 0; i < used.Count; i++)
        {
            if (used[i] != id)
            {
                others++;
            }
        }

        var skip = Math.Max(0, others + 1 - Memory);
        var list = new int[others + 1 - skip];
        var at = 0;
        for (var i = 0; i < used.Count; i++)
        {
            if (used[i] != id && skip-- <= 0)
            {
                list[at++] = used[i];
            }
        }

        list[at] = id;
        return list;
    }
}
