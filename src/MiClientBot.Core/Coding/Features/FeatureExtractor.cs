using MiClientBot.Core.Coding.Analysis;
using MiClientBot.Core.Coding.Cues;
using MiClientBot.Core.Coding.Text;

namespace MiClientBot.Core.Coding.Features;

/// <summary>
/// Turns a <see cref="MoveAnalysis"/> into hashed binary features. The neutral part names word
/// classes, not words ("opens with an open question word", "echoes 3 client words"), so the same
/// weights apply to nb and da; the lexical part adds English unigrams and bigrams.
/// </summary>
internal static class FeatureExtractor
{
    private static readonly uint Neutral = FeatureHasher.Hash("neutral");
    private static readonly uint Unigram = FeatureHasher.Hash("w");
    private static readonly uint Bigram = FeatureHasher.Hash("b");
    private static readonly uint FirstWord = FeatureHasher.Hash("f1");
    private static readonly uint FirstTwo = FeatureHasher.Hash("f2");
    private static readonly uint LastWord = FeatureHasher.Hash("l1");
    private static readonly uint LastTwo = FeatureHasher.Hash("l2");
    private static readonly uint LastSentenceFirst = FeatureHasher.Hash("ls1");
    private static readonly uint LastSentenceTwo = FeatureHasher.Hash("ls2");
    private static readonly uint Boundary = FeatureHasher.Hash("<s>");
    private static readonly uint[] CueNames = Enum.GetNames<CueCategory>().Select(FeatureHasher.Hash).ToArray();
    private static readonly uint CueAny = FeatureHasher.Hash("cue");
    private static readonly uint CueInQuestion = FeatureHasher.Hash("cue-q");
    private static readonly uint CueInLast = FeatureHasher.Hash("cue-last");

    public static List<uint> Extract(MoveAnalysis move, FeatureSet set)
    {
        var features = new List<uint>(set == FeatureSet.Lexical ? 96 : 40);
        AddNeutral(move, features);
        if (set == FeatureSet.Lexical)
        {
            AddLexical(move.Text, features);
        }

        return features;
    }

    private static void AddNeutral(MoveAnalysis move, List<uint> f)
    {
        var text = move.Text;
        var n = text.Count;
        N(f, "len", Bucket(n, 1, 2, 3, 5, 8, 12, 20, 35));
        N(f, "sentences", Bucket(text.Sentences.Length, 1, 2, 3));
        N(f, "end", text.FinalTerminator switch { '?' => 1, '.' => 2, '!' => 3, '-' => 4, ';' => 5, _ => 0 });
        N(f, "qmarks", Bucket(text.QuestionMarks, 0, 1, 2));
        if (text.FinalTerminator == '?')
        {
            N(f, "len-q", Bucket(n, 3, 6, 10, 16, 25));
        }

        N(f, "dash-start", text.StartsWithDash ? 1 : 0);
        N(f, "dash-end", text.EndsWithDash ? 1 : 0);

        var sentences = text.Sentences;
        if (sentences.Length > 0)
        {
            N(f, "first-class", WordClass(move, sentences[0].Start, skipOpeners: false));
            N(f, "first-class-skip", WordClass(move, sentences[0].Start, skipOpeners: true));
            N(f, "last-class", WordClass(move, sentences[^1].Start, skipOpeners: true));
            N(f, "q-any", move.AnyQuestion ? 1 : 0);
            N(f, "q-last", move.LastIsQuestion ? 1 : 0);
            N(f, "q-first", move.QuestionSentences[0] ? 1 : 0);
            N(f, "open-last", move.OpenStructure[^1] ? 1 : 0);
            N(f, "closed-last", move.ClosedStructure[^1] ? 1 : 0);
            N(f, "open-any", Array.IndexOf(move.OpenStructure, true) >= 0 ? 1 : 0);
            N(f, "closed-any", Array.IndexOf(move.ClosedStructure, true) >= 0 ? 1 : 0);
        }

        int you = 0, me = 0, we = 0, negation = 0, back = 0, digits = 0;
        foreach (var token in text.Tokens)
        {
            if (move.Pack.SecondPerson.Contains(token))
            {
                you++;
            }
            else if (move.Pack.FirstPerson.Contains(token))
            {
                me++;
            }
            else if (move.Pack.FirstPersonPlural.Contains(token))
            {
                we++;
            }

            if (move.Pack.Negations.Contains(token) || token.EndsWith("n't", StringComparison.Ordinal))
            {
                negation++;
            }

            if (move.Pack.Backchannels.Contains(token))
            {
                back++;
            }

            if (char.IsDigit(token[0]))
            {
                digits++;
            }
        }

        N(f, "you", Bucket(you, 0, 1, 2, 3));
        N(f, "me", Bucket(me, 0, 1, 2));
        N(f, "we", Bucket(we, 0, 1));
        N(f, "negation", Bucket(negation, 0, 1));
        N(f, "digits", digits > 0 ? 1 : 0);
        N(f, "all-backchannel", n > 0 && back == n ? 1 : 0);
        N(f, "backchannel-share", n == 0 ? 0 : Bucket(back * 4 / n, 0, 1, 2, 3));
        N(f, "you-first", n > 0 && move.Pack.SecondPerson.Contains(text.Tokens[0]) ? 1 : 0);

        // Reflections re-use the client's words; information and questions mostly bring new ones.
        if (move.HasClient)
        {
            N(f, "echo-count", Bucket(move.EchoedWords.Count, 0, 1, 2, 3));
            N(f, "echo-ratio", move.ContentWords == 0 ? 9 : Bucket((int)(move.OverlapRatio * 10), 0, 1, 2, 4, 6));
            N(f, "client-q", move.Client.QuestionMarks > 0 ? 1 : 0);
            N(f, "client-len", Bucket(move.Client.Count, 2, 5, 10, 20, 40));
            N(f, "client-dash", move.Client.EndsWithDash ? 1 : 0);
        }
        else
        {
            N(f, "no-client", 1);
        }

        foreach (var hit in move.Hits)
        {
            var name = CueNames[(int)hit.Category];
            f.Add(FeatureHasher.Combine(CueAny, name));
            f.Add(FeatureHasher.Combine(CueInQuestion, name, move.QuestionSentences[hit.SentenceIndex] ? 1u : 0u));
            if (hit.SentenceIndex == sentences.Length - 1)
            {
                f.Add(FeatureHasher.Combine(CueInLast, name));
            }
        }
    }

    private static void AddLexical(TokenizedText text, List<uint> f)
    {
        var tokens = text.Tokens;
        if (tokens.Length == 0)
        {
            return;
        }

        // Token hashes once; n-grams combine them without building strings.
        Span<uint> hashes = tokens.Length <= 256 ? stackalloc uint[tokens.Length] : new uint[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            hashes[i] = FeatureHasher.Hash(tokens[i]);
        }

        // Trigrams, per-sentence first words and the client's words were tried and did not help
        // in cross-validation (see Coding/README.md), so the lexical part stays at uni- and bigrams.
        var previous = Boundary;
        for (var i = 0; i < tokens.Length; i++)
        {
            f.Add(FeatureHasher.Combine(Unigram, hashes[i]));
            f.Add(FeatureHasher.Combine(Bigram, previous, hashes[i]));
            previous = hashes[i];
        }

        f.Add(FeatureHasher.Combine(Bigram, previous, Boundary));
        f.Add(FeatureHasher.Combine(FirstWord, hashes[0]));
        f.Add(FeatureHasher.Combine(FirstTwo, hashes[0], tokens.Length > 1 ? hashes[1] : Boundary));
        f.Add(FeatureHasher.Combine(LastWord, hashes[^1]));
        f.Add(FeatureHasher.Combine(LastTwo, tokens.Length > 1 ? hashes[^2] : Boundary, hashes[^1]));
        var last = text.LastSentence;
        if (last.Length > 0)
        {
            f.Add(FeatureHasher.Combine(LastSentenceFirst, hashes[last.Start]));
            f.Add(FeatureHasher.Combine(LastSentenceTwo, hashes[last.Start], last.Length > 1 ? hashes[last.Start + 1] : Boundary));
        }
    }

    /// <summary>The class of the word at <paramref name="start"/>: 1 open-q, 2 closed-q, 3 you, 4 I, 5 we, 6 backchannel, 7 opener, 0 other.</summary>
    private static int WordClass(MoveAnalysis move, int start, bool skipOpeners)
    {
        var tokens = move.Text.Tokens;
        var i = start;
        if (skipOpeners)
        {
            while (i < tokens.Length - 1 && move.Pack.Openers.Contains(tokens[i]))
            {
                i++;
            }
        }

        var word = tokens[i];
        var pack = move.Pack;
        return pack.OpenQuestionWords.Contains(word) ? 1
            : pack.ClosedQuestionStarters.Contains(word) ? 2
            : pack.SecondPerson.Contains(word) ? 3
            : pack.FirstPerson.Contains(word) ? 4
            : pack.FirstPersonPlural.Contains(word) ? 5
            : pack.Backchannels.Contains(word) ? 6
            : pack.Openers.Contains(word) ? 7
            : 0;
    }

    private static void N(List<uint> features, string name, int value) =>
        features.Add(FeatureHasher.Combine(Neutral, NameHash(name), (uint)value));

    private static uint NameHash(string name) => FeatureHasher.Hash(name);

    /// <summary>Index of the first bound the value does not exceed (or bounds.Length).</summary>
    private static int Bucket(int value, params ReadOnlySpan<int> bounds)
    {
        for (var i = 0; i < bounds.Length; i++)
        {
            if (value <= bounds[i])
            {
                return i;
            }
        }

        return bounds.Length;
    }
}
