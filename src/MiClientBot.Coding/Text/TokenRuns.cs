namespace MiClientBot.Coding.Text;

/// <summary>Small checks over a run of tokens, shared by the rules that read word lists of several words.</summary>
internal static class TokenRuns
{
    /// <summary>True when <paramref name="run"/> stands at <paramref name="start"/> and ends before <paramref name="end"/> ("let's", "and you think").</summary>
    public static bool At(string[] tokens, int start, int end, string[] run) =>
        start >= 0 && start + run.Length <= end && tokens.AsSpan(start, run.Length).SequenceEqual(run);

    /// <summary>True when a token from <paramref name="from"/> up to <paramref name="to"/> is one of <paramref name="words"/>.</summary>
    public static bool AnyIn(string[] tokens, int from, int to, HashSet<string> words)
    {
        for (var k = from; k < to; k++)
        {
            if (words.Contains(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }
}
