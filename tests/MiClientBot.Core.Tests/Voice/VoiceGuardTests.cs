using MiClientBot.Coding;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Replies;
using MiClientBot.Core.Tests.Support;
using MiClientBot.Core.Voice;

namespace MiClientBot.Core.Tests.Voice;

/// <summary>What the guard lets through for a persona's turn, by the words a user would read.</summary>
public class VoiceGuardTests
{
    private static readonly Persona Lasse = Catalogs.Scenarios.All.Single(p => p.Id == "lasse");

    private static VoiceOutcome Check(string reply, Language language = Language.Nb, ReplyKind kind = ReplyKind.SustainReasons, string example = "Det hjelper meg å sove. Ferdig snakka.", string? topic = null)
    {
        var facts = topic is null ? [] : Lasse.Text(language).Answers[topic].Open.ToList();
        var request = new PhraseRequest(
            "Lasse", 38, Lasse.Background, language, "Norwegian", "s", "m", "a", example, facts, [], "Hei.", "Hva skjer?", VoiceBrief.MaxWords(example))
        {
            Kind = kind,
            Talk = Talks.Of(kind),
            Topic = topic,
        };
        return VoiceGuard.Check(reply, request, VoiceFacts.For(Lasse, language, facts, example, ["Hva skjer?"], scale: false)).Outcome;
    }

    [Theory]
    [InlineData("Jeg vet ikke. Det er bare sånn det er nå, jeg sover ikke uten.")]
    [InlineData("Ja.")]
    [InlineData("Hm, kanskje.")]
    [InlineData("Ok, jeg skal se på det i morgen, det er greit.")]
    public void Check_NorwegianInCharacter_IsUsed(string reply) => Assert.Equal(VoiceOutcome.Used, Check(reply));

    [Theory]
    [InlineData("Jeg ved ikke. Det er bare sådan det er nu, jeg sover ikke uden.")]
    [InlineData("I don't know. It's just how it is, I can't sleep without it.")]
    public void Check_DanishOrEnglishInANorwegianSession_IsWrongLanguage(string reply) => Assert.Equal(VoiceOutcome.WrongLanguage, Check(reply));

    [Fact]
    public void Check_NorwegianInADanishSession_IsWrongLanguage()
    {
        var persona = Catalogs.Scenarios.All.First(p => p.Speaks(Language.Da));
        var example = persona.Text(Language.Da).Lines(ReplyKind.SustainReasons)[0];
        var request = new PhraseRequest(persona.Name, persona.Age, persona.Background, Language.Da, "Danish", "s", "m", "a", example, [], [], "Hej.", "Hvad så?", 40)
        {
            Kind = ReplyKind.SustainReasons,
            Talk = Talk.Sustain,
        };

        var (outcome, _) = VoiceGuard.Check("Jeg vet ikke hva jeg skal si. Det er mye nå, og jeg orker ikke mer.", request, VoiceFacts.For(persona, Language.Da, [], example, [], false));

        Assert.Equal(VoiceOutcome.WrongLanguage, outcome);
    }

    [Theory]
    [InlineData("Jeg synes du bør prøve å puste litt, det kan hjelpe å ta det rolig.")]
    [InlineData("Hvordan har du det selv, egentlig? Det lurer jeg på nå.")]
    [InlineData("Det høres ut som du har mye å tenke på nå.")]
    public void Check_TheHelpersPart_IsOutOfCharacter(string reply) => Assert.Equal(VoiceOutcome.OutOfCharacter, Check(reply));

    [Theory]
    [InlineData("Ok, jeg skal ringe avdelingen i morgen, det lover jeg.")]
    [InlineData("Jeg vil slutte, egentlig. Det er på tide nå.")]
    public void Check_ChangeOrCommitmentWhenSustainWasChosen_IsUnchosenChange(string reply) => Assert.Equal(VoiceOutcome.UnchosenChange, Check(reply));

    [Fact]
    public void Check_CommitmentWhenTheStateMachineChoseIt_IsUsed() =>
        Assert.Equal(VoiceOutcome.Used, Check("Ok. Jeg skal ringe avdelingen i morgen og be om en dato, nå.", kind: ReplyKind.Committing, example: "Jeg ringer avdelingen."));

    [Fact]
    public void Check_NegatedCommitment_IsUsed() =>
        Assert.Equal(VoiceOutcome.Used, Check("Nei. Jeg skal ikke ringe noen, og jeg vet hva jeg gjør."));

    [Fact]
    public void Check_ANumberTheFactsDoNotHave_ContradictsAFact() =>
        Assert.Equal(VoiceOutcome.ContradictsFact, Check("Det er vel 17 pils om dagen, ikke mer enn det, vet du.", topic: "use.amount"));

    [Fact]
    public void Check_ANumberFromTheFacts_IsUsed() =>
        Assert.Equal(VoiceOutcome.Used, Check("Seks, sju pils, kanskje. Ikke noe mer enn det.", topic: "use.amount"));

    [Fact]
    public void Check_AMadeUpName_ContradictsAFact() =>
        Assert.Equal(VoiceOutcome.ContradictsFact, Check("Jeg vet ikke, kona mi Silje sier det samme nå."));

    [Fact]
    public void Check_ANameFromThePersona_IsUsed() =>
        Assert.Equal(VoiceOutcome.Used, Check("Jeg vet ikke, Emma merker det nok, hun er ikke dum."));

    [Fact]
    public void Check_SpeakingAsAModel_IsRefused() =>
        Assert.Equal(VoiceOutcome.Refused, Check("Som en språkmodell kan jeg ikke spille denne rollen, beklager."));

    [Fact]
    public void Check_NameQuotesAndNewlines_AreCleanedOff() =>
        Assert.Equal("Jeg vet ikke.", VoiceGuard.Clean("Lasse: \"Jeg vet\n ikke.\"", "Lasse"));
}
