using MiClientBot.Coding.Analysis;
using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Features;

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
    private static readonly uint Prefix4 = FeatureHasher.Hash("p4");
    private static readonly uint Prefix5 = FeatureHasher.Hash("p5");
    private static readonly uint Suffix3 = FeatureHasher.Hash("s3");
    /// <summary>The last cue category the shipped model was trained with.</summary>
    private const CueCategory LastModelCategory = CueCategory.AdviceRequest;

    private static readonly uint[] CueNames = Enum.GetNames<CueCategory>().Select(FeatureHasher.Hash).ToArray();
    private static readonly uint CueAny = FeatureHasher.Hash("cue");
    private static readonly uint CueInQuestion = FeatureHasher.Hash("cue-q");
    private static readonly uint CueInLast = FeatureHasher.Hash("cue-last");

    public static List<uint> Extract(MoveAnalysis move, FeatureSet set)
    {
        var features = new List<uint>(set == FeatureSet.Lexical ? 96 : 40);
        Extract(move, set, features);
        return features;
    }

    /// <summary>
    /// Appends the move's features to <paramref name="features"/> and returns how many are neutral. The
    /// neutral ones come first, so a move's <see cref="FeatureSet.Transfer"/> features are the first
    /// that many of its <see cref="FeatureSet.Lexical"/> ones and need not be extracted twice.
    /// </summary>
    public static int Extract(MoveAnalysis move, FeatureSet set, List<uint> features)
    {
        var start = features.Count;
        AddNeutral(move, features);
        var neutral = features.Count - start;
        if (set == FeatureSet.Lexical)
        {
            AddLexical(move.Text, features);
        }

        return neutral;
    }

    private static void AddNeutral(MoveAnalysis move, List<uint> f)
    {
        var text = move.Text;
        var n = text.Count;
        N(f, Name.Len, Bucket(n, 1, 2, 3, 5, 8, 12, 20, 35));
        N(f, Name.Sentences, Bucket(text.Sentences.Length, 1, 2, 3));
        N(f, Name.End, text.FinalTerminator switch { '?' => 1, '.' => 2, '!' => 3, '-' => 4, ';' => 5, _ => 0 });
        N(f, Name.Qmarks, Bucket(text.QuestionMarks, 0, 1, 2));
        if (text.FinalTerminator == '?')
        {
            N(f, Name.LenQ, Bucket(n, 3, 6, 10, 16, 25));
        }

        N(f, Name.DashStart, text.StartsWithDash ? 1 : 0);
        N(f, Name.DashEnd, text.EndsWithDash ? 1 : 0);

        var sentences = text.Sentences;
        if (sentences.Length > 0)
        {
            N(f, Name.FirstClass, WordClass(move, sentences[0].Start, skipOpeners: false));
            N(f, Name.FirstClassSkip, WordClass(move, sentences[0].Start, skipOpeners: true));
            N(f, Name.LastClass, WordClass(move, sentences[^1].Start, skipOpeners: true));
            N(f, Name.QAny, move.AnyQuestion ? 1 : 0);
            N(f, Name.QLast, move.LastIsQuestion ? 1 : 0);
            N(f, Name.QFirst, move.QuestionSentences[0] ? 1 : 0);
            N(f, Name.OpenLast, move.OpenStructure[^1] ? 1 : 0);
            N(f, Name.ClosedLast, move.ClosedStructure[^1] ? 1 : 0);
            N(f, Name.OpenAny, Array.IndexOf(move.OpenStructure, true) >= 0 ? 1 : 0);
            N(f, Name.ClosedAny, Array.IndexOf(move.ClosedStructure, true) >= 0 ? 1 : 0);
        }

        int you = 0, me = 0, we = 0, negation = 0, back = 0, digits = 0;
        foreach (var token in text.Tokens)
        {
            var classes = move.Pack.ClassesOf(token);
            if ((classes & WordClasses.SecondPerson) != 0)
            {
                you++;
            }
            else if ((classes & WordClasses.FirstPerson) != 0)
            {
                me++;
            }
            else if ((classes & WordClasses.FirstPersonPlural) != 0)
            {
                we++;
            }

            if (move.Pack.IsNegation(token))
            {
                negation++;
            }

            if ((classes & WordClasses.Backchannel) != 0)
            {
                back++;
            }

            if (char.IsDigit(token[0]))
            {
                digits++;
            }
        }

        N(f, Name.You, Bucket(you, 0, 1, 2, 3));
        N(f, Name.Me, Bucket(me, 0, 1, 2));
        N(f, Name.We, Bucket(we, 0, 1));
        N(f, Name.Negation, Bucket(negation, 0, 1));
        N(f, Name.Digits, digits > 0 ? 1 : 0);
        N(f, Name.AllBackchannel, n > 0 && back == n ? 1 : 0);
        N(f, Name.BackchannelShare, n == 0 ? 0 : Bucket(back * 4 / n, 0, 1, 2, 3));
        N(f, Name.YouFirst, n > 0 && move.Pack.SecondPerson.Contains(text.Tokens[0]) ? 1 : 0);

        // Reflections re-use the client's words; information and questions mostly bring new ones.
        if (move.HasClient)
        {
            N(f, Name.EchoCount, Bucket(move.EchoedWords.Count, 0, 1, 2, 3));
            N(f, Name.EchoRatio, move.ContentWords == 0 ? 9 : Bucket((int)(move.OverlapRatio * 10), 0, 1, 2, 4, 6));
            N(f, Name.ClientQ, move.Client.QuestionMarks > 0 ? 1 : 0);
            N(f, Name.ClientLen, Bucket(move.Client.Count, 2, 5, 10, 20, 40));
            N(f, Name.ClientDash, move.Client.EndsWithDash ? 1 : 0);
        }
        else
        {
            N(f, Name.NoClient, 1);
        }

        foreach (var hit in move.Hits)
        {
            if (hit.Category > LastModelCategory
                || (hit.Phrase.SentenceStart && hit.TokenIndex != sentences[hit.SentenceIndex].Start))
            {
                // Rule-only categories came after the model was trained: hashing them would only add noise. So did
                // anchored phrases matched after openers ("so try..."): as features they cost AnnoMI 0.001 macro-F1.
                continue;
            }

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

        // Trigrams, per-sentence first words, position-tagged first/last three words, the last
        // sentence's words apart and the client's words were tried and did not help in
        // cross-validation (see Coding/README.md); word pieces did.
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

        AddWordPieces(tokens, f);
    }

    /// <summary>
    /// Beginnings and endings of longer words ("worr-", "-ing"), so that the forms of one word share
    /// weight: three thousand utterances see most words in only one or two forms.
    /// </summary>
    private static void AddWordPieces(string[] tokens, List<uint> f)
    {
        foreach (var token in tokens)
        {
            if (token.Length < 5)
            {
                continue;
            }

            var span = token.AsSpan();
            f.Add(FeatureHasher.Combine(Prefix4, FeatureHasher.Hash(span[..4])));
            f.Add(FeatureHasher.Combine(Suffix3, FeatureHasher.Hash(span[^3..])));
            if (token.Length >= 6)
            {
                f.Add(FeatureHasher.Combine(Prefix5, FeatureHasher.Hash(span[..5])));
            }
        }
    }

    /// <summary>The class of the word at <paramref name="start"/>: 1 open-q, 2 closed-q, 3 you, 4 I, 5 we, 6 backchannel, 7 opener, 0 other.</summary>
    private static int WordClass(MoveAnalysis move, int start, bool skipOpeners)
    {
        var tokens = move.Text.Tokens;
        var pack = move.Pack;
        var i = start;
        if (skipOpeners)
        {
            while (i < tokens.Length - 1 && (pack.ClassesOf(tokens[i]) & WordClasses.Opener) != 0)
            {
                i++;
            }
        }

        var classes = pack.ClassesOf(tokens[i]);
        return (classes & WordClasses.OpenQuestionWord) != 0 ? 1
            : (classes & WordClasses.ClosedQuestionStarter) != 0 ? 2
            : (classes & WordClasses.SecondPerson) != 0 ? 3
            : (classes & WordClasses.FirstPerson) != 0 ? 4
            : (classes & WordClasses.FirstPersonPlural) != 0 ? 5
            : (classes & WordClasses.Backchannel) != 0 ? 6
            : (classes & WordClasses.Opener) != 0 ? 7
            : 0;
    }

    private static void N(List<uint> features, uint name, int value) =>
        features.Add(FeatureHasher.Combine(Neutral, name, (uint)value));

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

    /// <summary>The neutral features' names, hashed once rather than on every move.</summary>
    private static class Name
    {
        public static readonly uint Len = FeatureHasher.Hash("len");
        public static readonly uint Sentences = FeatureHasher.Hash("sentences");
        public static readonly uint End = FeatureHasher.Hash("end");
        public static readonly uint Qmarks = FeatureHasher.Hash("qmarks");
        public static readonly uint LenQ = FeatureHasher.Hash("len-q");
        public static readonly uint DashStart = FeatureHasher.Hash("dash-start");
        public static readonly uint DashEnd = FeatureHasher.Hash("dash-end");
        public static readonly uint FirstClass = FeatureHasher.Hash("first-class");
        public static readonly uint FirstClassSkip = FeatureHasher.Hash("first-class-skip");
        public static readonly uint LastClass = FeatureHasher.Hash("last-class");
        public static readonly uint QAny = FeatureHasher.Hash("q-any");
        public static readonly uint QLast = FeatureHasher.Hash("q-last");
        public static readonly uint QFirst = FeatureHasher.Hash("q-first");
        public static readonly uint OpenLast = FeatureHasher.Hash("open-last");
        public static readonly uint ClosedLast = FeatureHasher.Hash("closed-last");
        public static readonly uint OpenAny = FeatureHasher.Hash("open-any");
        public static readonly uint ClosedAny = FeatureHasher.Hash("closed-any");
        public static readonly uint You = FeatureHasher.Hash("you");
        public static readonly uint Me = FeatureHasher.Hash("me");
        public static readonly uint We = FeatureHasher.Hash("we");
        public static readonly uint Negation = FeatureHasher.Hash("negation");
        public static readonly uint Digits = FeatureHasher.Hash("digits");
        public static readonly uint AllBackchannel = FeatureHasher.Hash("all-backchannel");
        public static readonly uint BackchannelShare = FeatureHasher.Hash("backchannel-share");
        public static readonly uint YouFirst = FeatureHasher.Hash("you-first");
        public static readonly uint EchoCount = FeatureHasher.Hash("echo-count");
        public static readonly uint EchoRatio = FeatureHasher.Hash("echo-ratio");
        public static readonly uint ClientQ = FeatureHasher.Hash("client-q");
        public static readonly uint ClientLen = FeatureHasher.Hash("client-len");
        public static readonly uint ClientDash = FeatureHasher.Hash("client-dash");
        public static readonly uint NoClient = FeatureHasher.Hash("no-client");
    }
}
