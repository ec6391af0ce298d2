using MiClientBot.Core.Conversations;
using MiClientBot.Core.Scoring;
using MiClientBot.Web.Storage;

namespace MiClientBot.Web.Instructor;

/// <summary>The archive seen through the personas: what the instructor's list, reports and exports show.</summary>
internal sealed class InstructorSessions
{
    private readonly IConversationArchive _archive;
    private readonly ConversationFlow _flow;

    public InstructorSessions(IConversationArchive archive, ConversationFlow flow)
    {
        _archive = archive;
        _flow = flow;
    }

    public async Task<IReadOnlyList<SessionView>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await _archive.ListAsync(cancellationToken)).Select(c => SessionView.Of(c, _flow.Engine.Personas))];

    public async Task<(ArchivedConversation Conversation, SessionView View)?> FindAsync(string id, CancellationToken cancellationToken) =>
        await _archive.FindAsync(id, cancellationToken) is { } found ? (found, SessionView.Of(found, _flow.Engine.Personas)) : null;

    public async Task<IReadOnlyList<SessionExport>> ExportAsync(CancellationToken cancellationToken)
    {
        var exports = new List<SessionExport>();
        foreach (var summary in await _archive.ListAsync(cancellationToken))
        {
            // Read one by one with transcripts; a session deleted in between is simply left out.
            if (await _archive.FindAsync(summary.Id, cancellationToken) is { } full)
            {
                exports.Add(new SessionExport(SessionView.Of(full, _flow.Engine.Personas), full.Transcript));
            }
        }

        return exports;
    }

    /// <summary>The session's report, rebuilt from its inputs (as /feedback does); null before a role-play starts.</summary>
    public SessionReport? Report(ConversationState state) =>
        state.PersonaId is not null && state.Session is not null && _flow.Engine.Personas.TryGet(state.PersonaId, out _)
            ? _flow.BuildReport(state)
            : null;
}
