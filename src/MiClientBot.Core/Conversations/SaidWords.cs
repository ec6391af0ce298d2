using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Conversations;

/// <summary>The client's stored words per input (<see cref="ConversationState.Said"/>), put back into replayed turns.</summary>
internal static class SaidWords
{
    /// <summary>The words stored for input <paramref name="index"/>; null when none are (the scripted line stands).</summary>
    public static string? At(IReadOnlyList<string>? said, int index) =>
        said is not null && index < said.Count && said[index].Length > 0 ? said[index] : null;

    /// <summary>The words of the first <paramref name="count"/> inputs.</summary>
    public static IReadOnlyList<string>? Take(IReadOnlyList<string>? said, int count) =>
        said is null ? null : [.. said.Take(count)];

    /// <summary>The words with those of input <paramref name="index"/> set; inputs from before the voice was on get "".</summary>
    public static IReadOnlyList<string> With(IReadOnlyList<string>? said, int index, string words)
    {
        var list = new List<string>(index + 1);
        list.AddRange((said ?? []).Take(index));
        while (list.Count < index)
        {
            list.Add(string.Empty);
        }

        list.Add(words);
        return list;
    }

    /// <summary>
    /// The turn as it was said: the reply and the client's last line (the context the next move is coded
    /// in) become the stored words, and so does a commitment made in this turn.
    /// </summary>
    public static TurnResult Apply(TurnResult turn, SessionState before, string? said)
    {
        if (said is null || string.Equals(said, turn.Reply, StringComparison.Ordinal) || turn.Reply.Length == 0)
        {
            return turn;
        }

        var committed = before.Commitment is null && turn.State.Commitment is not null;
        var state = turn.State with { LastClientLine = said, Commitment = committed ? said : turn.State.Commitment };
        return turn with { State = state, Reply = said };
    }
}
