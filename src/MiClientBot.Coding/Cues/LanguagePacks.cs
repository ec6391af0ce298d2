using System.Text.Json;

namespace MiClientBot.Coding.Cues;

/// <summary>
/// The three language packs, read from their data files (embedded as MiClientBot.Coding.Cues.LANG.json)
/// once on first use and then shared read-only.
/// </summary>
internal static class LanguagePacks
{
    private static readonly Lazy<LanguagePack> English = new(() => Load(Language.En));
    private static readonly Lazy<LanguagePack> Norwegian = new(() => Load(Language.Nb));
    private static readonly Lazy<LanguagePack> Danish = new(() => Load(Language.Da));

    public static LanguagePack For(Language language) => language switch
    {
        Language.Nb => Norwegian.Value,
        Language.Da => Danish.Value,
        _ => English.Value,
    };

    /// <summary>Reads one language's pack file; a pack that is missing or does not parse is a build fault, so it throws.</summary>
    internal static LanguagePack Load(Language language)
    {
        var name = $"MiClientBot.Coding.Cues.{language.ToCode()}.json";
        using var stream = typeof(LanguagePacks).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The cue pack {name} is not embedded in the assembly.");
        var file = JsonSerializer.Deserialize(stream, LanguagePackJsonContext.Default.LanguagePackFile)
            ?? throw new InvalidDataException($"{name} is empty.");
        if (!LanguageCodes.TryParse(file.Language, out var declared) || declared != language)
        {
            throw new InvalidDataException($"{name} declares the language '{file.Language}'.");
        }

        return new LanguagePack
        {
            Language = language,
            Lexicon = new CueLexicon(file.Cues.Select(g => (g.Category, g.Phrases.ToArray())), [.. file.Fillers], [.. file.Openers]),
            OpenQuestionWords = [.. file.OpenQuestionWords],
            ClosedQuestionStarters = [.. file.ClosedQuestionStarters],
            NonVerbStarters = [.. file.NonVerbStarters],
            VerbFirstQuestions = file.VerbFirstQuestions,
            SubjectPronouns = [.. file.SubjectPronouns],
            SecondPerson = [.. file.SecondPerson],
            FirstPerson = [.. file.FirstPerson],
            FirstPersonPlural = [.. file.FirstPersonPlural],
            Openers = [.. file.Openers],
            Stopwords = [.. file.Stopwords],
            Backchannels = [.. file.Backchannels],
            RequestWords = [.. file.RequestWords],
            Negations = [.. file.Negations],
            Determiners = [.. file.Determiners],
            FrameVerbs = [.. file.FrameVerbs],
            Speakers = [.. file.Speakers],
            ClausePrepositions = [.. file.ClausePrepositions],
            CueKeyIgnored = [.. file.CueKeyIgnored],
            Minimizers = [.. file.Minimizers],
            PastMarkers = [.. file.PastMarkers],
            AssertionParticles = [.. file.AssertionParticles],
            Contrasts = [.. file.Contrasts],
            FeelingFrames = [.. file.FeelingFrames],
            Relatives = [.. file.Relatives],
            InvertingOpeners = [.. file.InvertingOpeners],
            ConditionalLinks = [.. file.ConditionalLinks],
            Quantifiers = [.. file.Quantifiers],
            Subordinators = [.. file.Subordinators],
            SpecificFactWords = [.. file.SpecificFactWords],
            RequestVerbs = [.. file.RequestVerbs],
            ScaleWords = [.. file.ScaleWords],
            ObligationModals = [.. file.ObligationModals],
            NounEndings = [.. file.NounEndings],
            VerbEndings = [.. file.VerbEndings],
            Copulas = [.. file.Copulas],
            PredicateVerbs = [.. file.PredicateVerbs],
            TimeQuestionWords = [.. file.TimeQuestionWords],
            LastWords = [.. file.LastWords],
            Concessives = [.. file.Concessives],
            DoubtWords = [.. file.DoubtWords],
            ThirdPersonSubjects = [.. file.ThirdPersonSubjects],
            Cheers = [.. file.Cheers],
            ObjectPronouns = [.. file.ObjectPronouns],
            TrialVerbs = [.. file.TrialVerbs],
            ElidedQuestionWords = [.. file.ElidedQuestionWords],
            QuestionTails = [.. file.QuestionTails],
            ChoiceWords = [.. file.ChoiceWords],
            LabelParticles = [.. file.LabelParticles],
            ReportVerbs = [.. file.ReportVerbs],
            LetUs = [.. file.LetUs.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            Hypotheticals = [.. file.Hypotheticals],
            IndirectQuestionStems = [.. file.IndirectQuestionStems.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            IndirectQuestionLinks = [.. file.IndirectQuestionLinks],
            CandourPhrases = [.. file.CandourPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            ChallengeOpeners = [.. file.ChallengeOpeners.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            DisputeSubjects = [.. file.DisputeSubjects.Select(s => s.Split(' '))],
            LabelWords = [.. file.LabelWords],
            Comparatives = [.. file.Comparatives],
            Possessives = [.. file.Possessives],
            StillWords = [.. file.StillWords],
            RequestModals = [.. file.RequestModals],
            ReframeWords = [.. file.ReframeWords],
            AssertingFrames = [.. file.AssertingFrames],
            SarcasmTails = [.. file.SarcasmTails],
            PerfectAuxiliaries = [.. file.PerfectAuxiliaries],
            Partitives = [.. file.Partitives],
            QuestionSubjectDeterminers = [.. file.QuestionSubjectDeterminers],
            Fillers = [.. file.Fillers],
            Spellings = new Dictionary<string, string>(file.Spellings, StringComparer.Ordinal),
        };
    }
}
