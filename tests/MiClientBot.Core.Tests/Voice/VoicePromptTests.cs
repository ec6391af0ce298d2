using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Tests.Support;
using MiClientBot.Core.Voice;
using MiClientBot.Voice;

namespace MiClientBot.Core.Tests.Voice;

/// <summary>What a model is told for one turn: the client's part, the state machine's choice in plain words, the facts, never the balloon.</summary>
public class VoicePromptTests
{
    [Fact]
    public void Messages_AnsweredQuestion_CarryPersonaFactsRecentTurnsChoiceExampleLanguageAndLength()
    {
        var (voiced, _) = VoicedFlow.Flow.Handle(VoicedFlow.Lasse(), "question-open: Hva bringer deg hit?");
        voiced = voiced with { Said = ["Fastlegen sendte meg, egentlig."] };
        var (_, _, turn) = VoicedFlow.Flow.HandleTurn(voiced, "question-open: Hvor mye drikker du en vanlig dag?");
        var persona = Catalogs.Scenarios.All.Single(p => p.Id == "lasse");

        var (request, _) = VoiceBrief.For(persona, voiced, turn!);
        var text = string.Join("\n", VoicePrompt.Messages(request).Select(m => m.Text));

        Assert.Contains("You are Lasse, 38, the CLIENT", text, StringComparison.Ordinal);
        Assert.Contains("You are never the helper", text, StringComparison.Ordinal);
        Assert.Contains("Drammen", text, StringComparison.Ordinal);
        Assert.Contains("Norwegian Bokmål", text, StringComparison.Ordinal);
        Assert.Contains("Hvor mye drikker du en vanlig dag?", text, StringComparison.Ordinal);
        Assert.Contains("Helper: question-open: Hva bringer deg hit?\nYou: Fastlegen sendte meg, egentlig.", text, StringComparison.Ordinal);
        Assert.Contains($"\"{turn!.Reply}\"", text, StringComparison.Ordinal);
        Assert.Contains($"at most {request.MaxWords} words", text, StringComparison.Ordinal);
        Assert.Equal("use.amount", turn.Topic);
        Assert.All(persona.Text(Language.Nb).Answers["use.amount"].Open, fact => Assert.Contains(fact, text, StringComparison.Ordinal));
        Assert.Contains(VoiceBriefText.Move(turn.Kind), text, StringComparison.Ordinal);
        Assert.DoesNotContain("pressure", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("balloon", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(turn.State.Resistance.Sustain.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_StateChangedSincePreparing_TheScriptedFlowDecides()
    {
        await using var server = FakeModelServer.Start();
        server.Answer = _ => FakeAnswer.Text("Tja, fastlegen mente jeg burde komme hit. Jeg vet ikke helt hva jeg gjør her.");
        var voice = VoicedFlow.Over(server);
        var before = VoicedFlow.Lasse();
        var step = await voice.PrepareAsync(before, "question-open: Hva bringer deg hit?");
        var meanwhile = VoicedFlow.Flow.Handle(before, "reflection-simple: Du er her.").State;

        var (same, _) = step.Apply(ConversationStateSerializer.Deserialize(ConversationStateSerializer.Serialize(before))!, s => VoicedFlow.Flow.Handle(s, "question-open: Hva bringer deg hit?"));
        var (other, outputs) = step.Apply(meanwhile, s => VoicedFlow.Flow.Handle(s, "question-open: Hva bringer deg hit?"));

        Assert.Same(step.Result.State, same);
        Assert.Null(other.Said);
        Assert.Equal(VoicedFlow.Flow.Handle(meanwhile, "question-open: Hva bringer deg hit?").Outputs.OfType<ClientSaid>(), outputs.OfType<ClientSaid>());
    }
}
