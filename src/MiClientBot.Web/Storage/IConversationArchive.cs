namespace MiClientBot.Web.Storage;

/// <summary>
/// The stored conversations as a whole, for the instructor view and privacy: list, read with the
/// transcript, delete one (/forget) and delete the stale ones (retention). The same object as the
/// <see cref="IConversationStore"/>.
/// </summary>
internal interface IConversationArchive
{
    /// <summary>Every conversation, most recently active first, without transcripts.</summary>
    Task<IReadOnlyList<ArchivedConversation>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One conversation by its <see cref="SessionIds"/> id, with its transcript; null when there is none.</summary>
    Task<ArchivedConversation?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Deletes a conversation and its transcript; true when there was one.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes every conversation last written before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
