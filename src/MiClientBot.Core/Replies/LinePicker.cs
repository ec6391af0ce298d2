namespace MiClientBot.Core.Replies;

/// <summary>Picks a line from a bank at random, avoiding lines used recently in the session.</summary>
internal static class LinePicker
{
    /// <summary>How many recent lines the session remembers; keeps the serialized state small.</summary>
    public const int Memory = 48;

    public static int Pick(int kind, int count, IReadOnlyList<int> used, Sessions.IRandomSource random)
    {
        var fresh = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (!used.Contains((kind * 256) + i))
            {
                fresh.Add(i);
            }
        }

        if (fresh.Count > 0)
        {
            return fresh[random.Next(fresh.Count)];
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
        var id = (kind * 256) + index;
        var list = used.Where(u => u != id).ToList();
        list.Add(id);
        return list.Count > Memory ? list.GetRange(list.Count - Memory, Memory) : list;
    }
}
