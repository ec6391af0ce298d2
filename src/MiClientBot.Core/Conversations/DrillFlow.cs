using MiClientBot.Core.Drills;
using MiClientBot.Core.Personas;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Core.Conversations;

/// <summary>
/// `/drill` inside a conversation: presents the drills of the current persona and language one by one,
/// takes each trainee message as the third reply, answers with the code, the balloon's change, the
/// client's answer and the feedback, and ends with a summary and a return to the role-play.
/// </summary>
internal sealed class DrillFlow
{
    private readonly Lazy<DrillCatalog> _drills;
    private readonly DrillRunner _runner;

    public DrillFlow(ClientEngine engine, DrillCatalog? drills)
    {
        _drills = new Lazy<DrillCatalog>(() => drills ?? DrillCatalog.Beside(engine.Personas));
        _runner = new DrillRunner(engine);
    }

    /// <summary>`/drill [stop]`.</summary>
    public (ConversationState, IReadOnlyList<ConversationOutput>) Command(ConversationState state, Persona persona, string? arg)
    {
        if (string.Equals(arg, "stop", StringComparison.OrdinalIgnoreCase))
        {
            return state.Drill is null
                ? (state, [new ToolSaid(DrillLines.Text(state.Language, "stopped"))])
                : Finish(state, persona);
        }

        var set = _drills.Value.For(persona.Id, state.Language);
        if (set.Count == 0)
        {
            var key = _drills.Value.HasIssues(persona.Id) ? "broken" : "none";
            return (state, [new ToolSaid(DrillLines.Text(state.Language, key, persona.Name))]);
        }

        var next = state with { Drill = new DrillProgress(state.Seed, 0, []) };
        var outputs = new List<ConversationOutput>
        {
            new ToolSaid(DrillLines.Text(state.Language, "start", set.Count, persona.Name) + " " + DrillLines.Text(state.Language, "stop-hint")),
        };
        outputs.AddRange(Present(set, 0, next.Drill.Seed, persona));
        return (next, outputs);
    }

    /// <summary>A trainee message while a set runs: the third reply to the current drill.</summary>
    public (ConversationState, IReadOnlyList<ConversationOutput>) Reply(ConversationState state, Persona persona, string message)
    {
        var progress = state.Drill!;
        var set = _drills.Value.For(persona.Id, state.Language);
        if (progress.Index >= set.Count)
        {
            // The drill files changed under a running set: end it with what was done.
            return Finish(state, persona);
        }

        var drill = set[progress.Index];
        var result = _runner.Run(drill, progress.Seed + progress.Index, message);
        var lines = DrillLines.Result(result, persona.Name);
        var outputs = new List<ConversationOutput> { new ToolSaid(lines[0] + ". " + lines[1]) };
        if (result.Reply.Length > 0)
        {
            outputs.Add(new ClientSaid(persona.Name, result.Reply));
        }

        if (result.After is { } after)
        {
            outputs.Add(ConversationFlow.Snapshot(after, result.ReplyTalk));
        }

        outputs.Add(new ToolSaid(result.Feedback));
        var done = new DrillProgress(progress.Seed, progress.Index + 1, [.. progress.Done, result.Tally]);
        var next = state with { Drill = done };
        if (done.Index >= set.Count)
        {
            var (finished, summary) = Finish(next, persona);
            return (finished, [.. outputs, .. summary]);
        }

        outputs.AddRange(Present(set, done.Index, done.Seed, persona));
        return (next, outputs);
    }

    /// <summary>The summary, then back to the role-play (and its balloon).</summary>
    public static (ConversationState, IReadOnlyList<ConversationOutput>) Finish(ConversationState state, Persona persona)
    {
        var summary = DrillSummary.Of(state.Drill?.Done ?? []);
        var outputs = new List<ConversationOutput> { new ToolSaid(string.Join(" ", summary.Lines(state.Language))) };
        outputs.Add(new ToolSaid(DrillLines.Text(state.Language, "back", persona.Name)));
        if (state.Session is { } session)
        {
            outputs.Add(ConversationFlow.Snapshot(session, session.LastTalk));
        }

        return (state with { Drill = null }, outputs);
    }

    private IEnumerable<ConversationOutput> Present(IReadOnlyList<Drill> set, int index, long seed, Persona persona)
    {
        var drill = set[index];
        var scene = DrillLines.Scene(drill, persona.Name);
        var before = _runner.Prepare(drill, seed + index);
        yield return new ToolSaid(DrillLines.Heading(drill, index + 1, set.Count) + " - " + scene[0]);
        yield return new ToolSaid(scene[1]);
        yield return new ClientSaid(persona.Name, drill.Client);
        yield return ConversationFlow.Snapshot(before, before.LastTalk);
        yield return new ToolSaid(DrillLines.Text(drill.Language, "prompt"));
    }
}
