using System.Text;

namespace MiClientBot.Core.Sessions;

/// <summary>Notices when the trainee says (nearly) the same thing again, so a repeated reflection loses its effect.</summary>
internal static class RepetitionDetector
{
    public const int Remembered = 4;
    private const int MaxFingerprint = 96;
    private const double SameWords = 0.7;

    /// <summary>A short, case- and punctuation-free form of the move.</summary>
    public static string Fingerprint(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxFingerprint));
        var space = false;
        foreach (var ch in text)
        {
            if (sb.Length >= MaxFingerprint)
            {
                break;
            }

            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>How many of the remembered moves share most of their words with <paramref name="fingerprint"/>.</summary>
    public static int Count(IReadOnlyList<string> recent, string fingerprint)
    {
        if (fingerprint.Length == 0)
        {
            return 0;
        }

        var words = fingerprint.Split(' ').ToHashSet();
        var count = 0;
        foreach (var other in recent)
        {
            var otherWords = other.Split(' ').ToHashSet();
            var shared = words.Count(otherWords.Contains);
            var union = words.Count + otherWords.Count - shared;
            if (union > 0 && (double)shared / union >= SameWords)
            {
                count++;
            }
        }

        return count;
    }

    public static IReadOnlyList<string> Remember(IReadOnlyList<string> recent, string fingerprint)
    {
        if (fingerprint.Length == 0)
        {
            return recent;
        }

        var list = recent.ToList();
        list.Add(fingerprint);
        return list.Count > Remembered ? list.GetRange(list.Count - Remembered, Remembered) : list;
    }
}
