using System.Text;

namespace MiClientBot.Core.Topics;

/// <summary>Turns trainee text into the lower-case words the topic cues are matched against.</summary>
internal static class TopicText
{
    /// <summary>The clauses of a text (split at , ; : . ! ? and dashes), each as its words.</summary>
    public static IEnumerable<List<string>> Clauses(string text)
    {
        foreach (var part in text.Split([',', ';', ':', '.', '!', '?', '\u2013', '\u2014', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = Tokenize(part);
            if (tokens.Count > 0)
            {
                yield return tokens;
            }
        }
    }

    /// <summary>Lower-case words; apostrophes are dropped so "don't" and "dont" read alike.</summary>
    public static List<string> Tokenize(string text, bool keepStars = false)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (keepStars && c is '*' or '~' or '$'))
            {
                word.Append(c);
            }
            else if (c is '\'' or '\u2019')
            {
                continue;
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return tokens;
    }
}
