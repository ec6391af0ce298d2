using MiClientBot.Coding.Analysis;
using MiClientBot.Coding.Cues;
using MiClientBot.Coding.Tests.Support;
using MiClientBot.Coding.Text;

namespace MiClientBot.Coding.Tests.Analysis;

public class CueTextTests
{
    /// <summary>Stands for the trainee's words: no English or Scandinavian word, so it cannot hide a template word.</summary>
    private const string Phrase = "zqx vrk";

    private static readonly TraineeMoveCoder Coder = TraineeMoveCoder.CreateDefault();

    public static TheoryData<string, Language> TemplatesInNbAndDa()
    {
        var data = new TheoryData<string, Language>();
        foreach (var template in CueTemplates.All)
        {
            data.Add(template.En, Language.Nb);
            data.Add(template.En, Language.Da);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CueTemplatesTests.Templates), MemberType = typeof(CueTemplatesTests))]
    public void Localize_EveryTemplateInEnglish_ReturnsItUnchanged(string english)
    {
        var cue = CueTemplatesTests.Find(english).Format(Phrase);

        Assert.Same(cue, CueText.Localize(cue, Language.En));
    }

    [Theory]
    [MemberData(nameof(TemplatesInNbAndDa))]
    public void Localize_EveryTemplateInNbOrDa_KeepsThePhraseAndLeavesNoEnglishWord(string english, Language language)
    {
        var template = CueTemplatesTests.Find(english);
        var cue = template.Format(Phrase);

        var localized = CueText.Localize(cue, language);

        Assert.Equal(template.In(language).Replace("{0}", Phrase, StringComparison.Ordinal), localized);
        if (template.HasSlot)
        {
            var (open, close) = language == Language.Nb ? ("«", "»") : ("»", "«");
            Assert.Contains(english.Contains("'{0}'", StringComparison.Ordinal) ? open + Phrase + close : Phrase, localized, StringComparison.Ordinal);
        }

        Assert.Empty(CueWords.Of(english).Intersect(CueWords.Words(localized)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("something no template made")]
    [InlineData("you said 'you should' - a brand-new kind of cue")]
    [InlineData("opens with 'what'")]
    [InlineData("the move is empty")]
    public void Localize_UnknownText_FallsBackUnchanged(string text)
    {
        Assert.Equal(text, CueText.Localize(text, Language.Nb));
        Assert.Equal(text, CueText.Localize(text, Language.Da));
    }

    [Theory]
    [InlineData(Language.En, "echoes the client's words 'tired', 'bins', 'wife' - a reflection")]
    [InlineData(Language.Nb, "gjentar klientens ord «tired», «bins», «wife» – en refleksjon")]
    [InlineData(Language.Da, "gentager klientens ord »tired«, »bins«, »wife« – en refleksion")]
    public void Localize_EchoedWords_QuotesEachWordInTheLanguagesMarks(Language language, string expected)
    {
        Assert.Equal(expected, CueText.Localize(CueText.Echo(["tired", "bins", "wife"]), language));
    }

    [Theory]
    [InlineData(1, Language.En, "the statistical model reads it as reflection (p=0.92)")]
    [InlineData(2, Language.En, "the statistical model reads it as therapist input (p=0.92)")]
    [InlineData(1, Language.Nb, "den statistiske modellen leser det som en refleksjon (p=0.92)")]
    [InlineData(0, Language.Da, "den statistiske model læser det som et spørgsmål (p=0.92)")]
    public void Localize_ModelCue_NamesTheBehaviourInTheLanguage(int label, Language language, string expected)
    {
        Assert.Equal(expected, CueText.Localize(CueText.Model(label, 0.92), language));
    }

    [Theory]
    [InlineData(nameof(CueCategory.Directive), "you should", "you said 'you should' - a directive (advice or an order without permission)")]
    [InlineData(nameof(CueCategory.ReflectionStem), "it sounds like", "opens like a reflection ('it sounds like')")]
    [InlineData(nameof(CueCategory.ClosedQuestion), "do you", "'do you' - a closed (yes/no or specific-fact) question")]
    public void For_LexiconHit_BuildsTheEnglishCueAsBefore(string category, string phrase, string expected)
    {
        Assert.Equal(expected, CueText.For(Enum.Parse<CueCategory>(category), phrase));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nb")]
    [InlineData("da")]
    public void Localize_EveryCueTheCoderGivesTheLabelledMoves_IsRecognised(string file)
    {
        // A cue the coder writes without a template would stay English in nb and da sessions.
        LanguageCodes.TryParse(file, out var language);
        var unrecognised = MovesFile.Read(file)
            .SelectMany(m => Coder.Code(m.Trainee, language, m.PreviousClient).Cues)
            .Where(c => CueText.Localize(c, Language.Nb) == c || CueText.Localize(c, Language.Da) == c)
            .Distinct()
            .ToList();

        Assert.Empty(unrecognised);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0007 hei")]
    [InlineData("🙂🙂 123")]
    [InlineData("Привет, как дела?")]
    public void Localize_WhyAMoveWasNotRead_IsRecognised(string trainee)
    {
        var cue = Assert.Single(Coder.Code(trainee, Language.Nb, null).Cues);

        Assert.NotEqual(cue, CueText.Localize(cue, Language.Nb));
        Assert.StartsWith("replikken ", CueText.Localize(cue, Language.Da), StringComparison.Ordinal);
    }

    [Fact]
    public void Localize_TooLongMove_KeepsTheLength()
    {
        var cue = Assert.Single(Coder.Code(new string('x', InputGuard.MaxLength + 1), Language.Nb, null).Cues);

        Assert.Equal("replikken er 1501 tegn lang – for lang til å være én replikk i en samtale", CueText.Localize(cue, Language.Nb));
    }
}
