using MiClientBot.Core.Conversations;
using MiClientBot.Core.Scoring;
using MiClientBot.Core.Voice;

namespace MiClientBot.Core.Tests.Voice;

/// <summary>What was said is stored: undo, reports and replays use it and never ask the model again.</summary>
public class SaidWordsTests
{
    private static readonly string[] Lines =
    [
        "Tja, fastlegen mente jeg burde komme hit. Jeg vet ikke helt hva jeg gjør her.",
        "Nei, jeg vet ikke. Det er mye nå, og jeg orker ikke å si så mye om det.",
        "Hm. Kanskje. Jeg vet ikke hva jeg skal si til deg.",
    ];

    [Fact]
    public async Task Undo_AfterVoicedTurns_ShowsTheWordsSaidAndAsksTheModelNothing()
    {
        await using var server = FakeModelServer.Start();
        var calls = 0;
        server.Answer = _ => FakeAnswer.Text(Lines[Interlocked.Increment(ref calls) - 1]);
        var voice = VoicedFlow.Over(server);

        var state = VoicedFlow.Lasse();
        state = (await voice.HandleAsync(state, "question-open: Hva bringer deg hit?")).State;
        state = (await voice.HandleAsync(state, "reflection-simple: Du vet ikke helt.")).State;
        var (undone, outputs) = await voice.HandleAsync(state, "/undo");

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(outputs, o => o is ToolSaid t && t.Text.Contains(Lines[0], StringComparison.Ordinal));
        Assert.Equal(Lines[0], undone.Session!.LastClientLine);
        Assert.Equal([Lines[0]], undone.Said);
    }

    [Fact]
    public async Task BuildReport_VoicedSession_QuotesTheWordsSaidNotesTheVoiceAndAsksTheModelNothing()
    {
        await using var server = FakeModelServer.Start();
        var calls = 0;
        server.Answer = _ => FakeAnswer.Text(Lines[Math.Min(Interlocked.Increment(ref calls), Lines.Length) - 1]);
        var voice = VoicedFlow.Over(server);
        var state = VoicedFlow.Lasse();
        foreach (var line in new[] { "question-open: Hva bringer deg hit?", "reflection-simple: Du vet ikke helt.", "question-open: Hva tenker du om det?" })
        {
            state = (await voice.HandleAsync(state, line)).State;
        }

        var asked = server.Requests.Count;
        var stored = ConversationStateSerializer.Deserialize(ConversationStateSerializer.Serialize(state))!;
        var report = VoicedFlow.Flow.BuildReport(stored);
        var markdown = ReportWriter.Write(report, ReportFormat.Markdown);

        Assert.Equal(asked, server.Requests.Count);
        Assert.True(voice.Counts[VoiceOutcome.Used] >= 1);
        Assert.Equal(new VoiceUse((int)voice.Counts[VoiceOutcome.Used], 3), report.Voice);
        Assert.Contains("Modellstemme på", markdown, StringComparison.Ordinal);
        Assert.Contains(report.KeyMoments, m => Lines.Contains(m.ClientReplied));
    }

    [Fact]
    public async Task HandleAsync_AfterAStoredVoicedTurn_ContinuesFromTheWordsSaid()
    {
        await using var server = FakeModelServer.Start();
        server.Answer = _ => FakeAnswer.Text(Lines[0]);
        var voice = VoicedFlow.Over(server);
        var state = (await voice.HandleAsync(VoicedFlow.Lasse(), "question-open: Hva bringer deg hit?")).State;

        // Stored and read back (as a web host does), then the next move: the session is the one replay gives.
        var stored = ConversationStateSerializer.Deserialize(ConversationStateSerializer.Serialize(state))!;
        var next = VoicedFlow.Flow.Handle(stored, "reflection-simple: Du vet ikke helt.").State;
        var (replayed, _) = VoicedFlow.Flow.Handle(next with { Inputs = [.. next.Inputs, "x"] }, "/undo");

        Assert.Equal(Lines[0], stored.Said![0]);
        Assert.Equal(next.Session!.LastClientLine, replayed.Session!.LastClientLine);
        Assert.Equal(MiClientBot.Core.Sessions.SessionSerializer.Serialize(next.Session), MiClientBot.Core.Sessions.SessionSerializer.Serialize(replayed.Session));
    }

    [Fact]
    public async Task HandleAsync_ClientWalksOut_TheReportAtTheEndHasTheWordsSaidAndTheVoiceNoted()
    {
        await using var server = FakeModelServer.Start();
        const string leaving = "Nei. Nå går jeg, dette gidder jeg ikke.";
        server.Answer = _ => FakeAnswer.Text(leaving);
        var voice = VoicedFlow.Over(server);
        var state = VoicedFlow.Lasse();
        IReadOnlyList<ConversationOutput> outputs = [];
        for (var i = 0; i < 30 && state.Session!.State != MiClientBot.Core.Sessions.ClientState.WalkedOut; i++)
        {
            (state, outputs) = await voice.HandleAsync(state, $"confront: Du lyver for deg selv, det ser jo alle, gang {i}.");
        }

        var ready = Assert.Single(outputs.OfType<ReportReady>());
        Assert.Equal(state.Said, ready.State.Said);
        Assert.True(voice.Counts[VoiceOutcome.Used] > 0);
        Assert.NotNull(ready.Report.Voice);
        Assert.Equal((int)voice.Counts[VoiceOutcome.Used], ready.Report.Voice!.Phrased);
    }

    [Fact]
    public void Serialize_ConversationWithoutVoice_HasNoSaidField()
    {
        var json = ConversationStateSerializer.Serialize(VoicedFlow.Flow.Handle(VoicedFlow.Lasse(), "question-open: Hva bringer deg hit?").State);

        Assert.DoesNotContain("said", json, StringComparison.OrdinalIgnoreCase);
    }
}
