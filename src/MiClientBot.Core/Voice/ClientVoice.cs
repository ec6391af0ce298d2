using MiClientBot.Core.Conversations;

namespace MiClientBot.Core.Voice;

/// <summary>
/// The conversation flow with an optional model voice on top: the flow decides everything as without
/// it (coding, balloon, state, talk, topic, scripted line), then the phraser is asked to put that
/// reply into fresh words. The words are used only when <see cref="VoiceGuard"/> lets them; otherwise,
/// and on timeout, error or refusal, the client says the scripted line. A turn never fails and never
/// waits longer than the timeout because of the model. Safe to share between sessions and threads.
/// </summary>
public sealed class ClientVoice
{
    private readonly IReplyPhraser? _phraser;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <summary>A voice over <paramref name="flow"/>; with no <paramref name="phraser"/> it is off and the flow is all there is.</summary>
    public ClientVoice(ConversationFlow flow, IReplyPhraser? phraser, TimeSpan timeout, TimeProvider? time = null, VoiceCounts? counts = null)
    {
        Flow = flow;
        _phraser = phraser;
        _timeout = timeout;
        _time = time ?? TimeProvider.System;
        Counts = counts ?? new VoiceCounts();
    }

    /// <summary>The flow underneath.</summary>
    public ConversationFlow Flow { get; }

    /// <summary>True when a phraser is configured.</summary>
    public bool IsOn => _phraser is not null;

    /// <summary>How the phraser's answers fared in this process.</summary>
    public VoiceCounts Counts { get; }

    /// <summary>Handles one message as <see cref="ConversationFlow.Handle"/> does, the client's reply phrased when the voice is on.</summary>
    public async Task<(ConversationState State, IReadOnlyList<ConversationOutput> Outputs)> HandleAsync(
        ConversationState state, string? text, CancellationToken cancellationToken = default) =>
        (await PrepareAsync(state, text, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>
    /// Runs the message through the flow and, for a trainee move, asks the phraser. Channels that compute
    /// a turn inside a store's retry loop prepare first and <see cref="VoicedStep.Apply"/> inside the loop.
    /// </summary>
    public async Task<VoicedStep> PrepareAsync(ConversationState state, string? text, CancellationToken cancellationToken = default)
    {
        var (next, outputs, turn) = Flow.HandleTurn(state, text);
        if (_phraser is null || turn is null || turn.Reply.Length == 0 || state.Session is null
            || !Flow.Engine.Personas.TryGet(state.PersonaId ?? string.Empty, out var persona))
        {
            return new VoicedStep(state, next, outputs);
        }

        var (request, facts) = VoiceBrief.For(persona, state, turn);
        var (outcome, words) = await AskAsync(_phraser, request, facts, cancellationToken).ConfigureAwait(false);
        Counts.Add(outcome);
        var said = outcome == VoiceOutcome.Used ? words : turn.Reply;
        var voiced = next with
        {
            Said = SaidWords.With(state.Said, state.Inputs.Count, said),
            Session = SaidWords.Apply(turn, state.Session, said).State,
        };
        var spoken = new List<ConversationOutput>(outputs.Count);
        foreach (var output in outputs)
        {
            spoken.Add(output switch
            {
                ClientSaid client => client with { Text = said },
                ReportReady => new ReportReady(Flow.BuildReport(voiced), voiced),
                _ => output,
            });
        }

        return new VoicedStep(state, voiced, spoken);
    }

    private async Task<(VoiceOutcome Outcome, string Words)> AskAsync(IReplyPhraser phraser, PhraseRequest request, VoiceFacts facts, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        Task<string> call;
        try
        {
            call = phraser.PhraseAsync(request, linked.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (Outcome(e), string.Empty);
        }

        try
        {
            // WaitAsync keeps the bound even for a phraser that ignores its token.
            var raw = await call.WaitAsync(_timeout, _time, cancellationToken).ConfigureAwait(false);
            return VoiceGuard.Check(raw, request, facts);
        }
        catch (TimeoutException)
        {
            Forget(call);
            return (VoiceOutcome.TimedOut, string.Empty);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (VoiceOutcome.TimedOut, string.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (Outcome(e), string.Empty);
        }
    }

    private static VoiceOutcome Outcome(Exception e) =>
        e is VoiceException { Outcome: not VoiceOutcome.Used } known ? known.Outcome : VoiceOutcome.Failed;

    /// <summary>A call left behind after the timeout may still fail later; its exception is observed, not thrown at the finalizer.</summary>
    private static void Forget(Task call) =>
        call.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
