namespace MiClientBot.Coding.Tests;

public class AnnoMiMappingTests
{
    private static readonly TraineeMoveCoder Coder = TraineeMoveCoder.CreateDefault();

    [Theory]
    [InlineData("", "What brings you here today?", "question")]
    [InlineData("Everybody keeps nagging me about it.", "You're tired of people nagging you.", "reflection")]
    [InlineData("", "The liver needs about an hour per unit.", "therapist_input")]
    [InlineData("", "Hi, nice to meet you.", "other")]
    public void ToAnnoMiBehaviour_ClearForms_MapToAnnoMiBehaviours(string previous, string utterance, string expected) =>
        Assert.Equal(expected, Coder.Code(utterance, Language.En, previous).ToAnnoMiBehaviour());

    [Fact]
    public void ToAnnoMiBehaviour_PersuasionAskedAsAQuestion_IsAQuestionInFormAndPersuasionInIntent()
    {
        var result = Coder.Code("Don't you think you should cut down?", Language.En, "I like my beer.");

        Assert.True(result.Codes.Contains(MitiCode.Persuade) || result.Codes.Contains(MitiCode.Confront), string.Join(",", result.Codes));
        Assert.Equal("question", result.ToAnnoMiBehaviour());
    }

    [Theory]
    [InlineData(Language.En, "I like my beer.", "Don't you think you should cut down?")]
    [InlineData(Language.Nb, "Jeg liker ølen min.", "Synes du ikke du bør kutte ned?")]
    [InlineData(Language.Da, "Jeg kan godt lide min øl.", "Burde du ikke skære ned?")]
    public void Code_LeadingQuestion_IsPersuasion(Language language, string previous, string utterance) =>
        Assert.Equal(MitiCode.Persuade, Coder.Code(utterance, language, previous).Main);

    [Theory]
    [InlineData(Language.En, "What do you think you should do?")]
    [InlineData(Language.Nb, "Hva tenker du at du bør gjøre?")]
    [InlineData(Language.Da, "Hvad tænker du, at du skal gøre?")]
    public void Code_OpenQuestionAboutWhatTheClientShouldDo_IsAnOpenQuestion(Language language, string utterance) =>
        Assert.Equal(MitiCode.QuestionOpen, Coder.Code(utterance, language, "Jeg vet ikke.").Main);
}
