using MiClientBot.Coding;
using MiClientBot.Web.Classroom;

namespace MiClientBot.Web.Storage;

/// <summary>
/// `/forget`: the trainee deletes their session (state and transcript) at once, without waiting for
/// the retention sweep. Handled by the channel before the flow, because it is about storage, not the role-play.
/// </summary>
internal sealed class ForgetCommand
{
    public const string Name = "/forget";

    private readonly IConversationStore _store;
    private readonly IConversationArchive _archive;
    private readonly LiveClasses _classes;

    public ForgetCommand(IConversationStore store, IConversationArchive archive, LiveClasses classes)
    {
        _store = store;
        _archive = archive;
        _classes = classes;
    }

    public static bool Matches(string? text) => string.Equals(text?.Trim(), Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Deletes the conversation and returns the confirmation in its language (or <paramref name="fallback"/>).</summary>
    public async Task<string> ForgetAsync(string key, Language fallback, CancellationToken cancellationToken)
    {
        var stored = await _store.ReadAsync(key, cancellationToken);
        var language = stored?.State.Language ?? fallback;
        var deleted = await _archive.DeleteAsync(key, cancellationToken);

        // A student's replies in a class are theirs too, and go with the session.
        deleted |= _classes.Forget(key);
        return ForgetText.Get(deleted ? "forgotten" : "nothing-to-forget", language);
    }
}
