using MiClientBot.Coding;
using MiClientBot.Web.Bot;
using MiClientBot.Web.DirectLine;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Turns;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// The chat side of a class: /join CODE [name], /leave, and - while a conversation is in a class - every message as
/// the student's reply to the round, answered with an acknowledgement instead of the client (the client answers the
/// class, once the instructor picks).
/// </summary>
internal sealed class ClassroomBot
{
    public const string JoinCommand = "/join";
    public const string LeaveCommand = "/leave";

    private readonly LiveClasses _classes;
    private readonly IConversationStore _store;

    public ClassroomBot(LiveClasses classes, IConversationStore store)
    {
        _classes = classes;
        _store = store;
    }

    /// <summary>Handles the message when it is the classroom's; false leaves it to the role-play.</summary>
    public async Task<bool> TryHandleAsync(ActivityTurn turn, string text, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var key = ConversationKeys.Of(activity);
        var words = text.Trim();
        if (IsCommand(words, JoinCommand))
        {
            var language = await LanguageOfAsync(activity, key, cancellationToken);
            await SayAsync(turn, Join(activity, key, words[JoinCommand.Length..].Trim(), language), cancellationToken);
            if (_classes.Membership(key) is { } joined)
            {
                // The student's balloon shows the class's from the start.
                await turn.SendAsync(OutputRenderer.State(turn, joined.Class.Feed().Round.Balloon), cancellationToken);
            }

            return true;
        }

        var membership = _classes.Membership(key);
        if (IsCommand(words, LeaveCommand))
        {
            var language = membership?.Class.Language ?? await LanguageOfAsync(activity, key, cancellationToken);
            var said = membership is { } m && _classes.Leave(key)
                ? ClassroomText.Get("left", language, m.Class.Code)
                : ClassroomText.Get("not-in-class", language);
            await SayAsync(turn, said, cancellationToken);
            return true;
        }

        if (membership is not { } member)
        {
            return false;
        }

        var (live, student) = member;
        string answer;
        if (words.StartsWith('/'))
        {
            answer = ClassroomText.Get("in-class", live.Language, live.Code);
        }
        else
        {
            try
            {
                var reply = _classes.Reply(live, student, words);
                answer = ClassroomText.Get(reply.Replaces ? "replaced" : "ack", live.Language, reply.Round);
            }
            catch (ClassroomException e)
            {
                answer = Say(e, live.Code, live.Language);
            }
        }

        await SayAsync(turn, answer, cancellationToken);
        return true;
    }

    private string Join(Activity activity, string key, string rest, Language language)
    {
        var parts = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return ClassroomText.Get("join-usage", language);
        }

        if (!string.Equals(activity.ChannelId, DirectLineChannel.ChannelId, StringComparison.Ordinal))
        {
            return ClassroomText.Get("web-only", language);
        }

        try
        {
            var (live, student) = _classes.Join(parts[0], key, activity.Conversation!.Id!, activity.From?.Id, parts.Length > 1 ? parts[1] : null);
            var round = live.Feed().Round;
            var joined = ClassroomText.Get("joined", live.Language, live.Code, ClassroomText.StudentName(student, live.Language), live.PersonaName);
            return round.Open
                ? joined + "\n\n" + ClassroomText.Get("client-line", live.Language, live.PersonaName, round.ClientLine)
                : joined + "\n\n" + ClassroomText.Get("no-round", live.Language, live.Code);
        }
        catch (ClassroomException e)
        {
            // Echo what was typed, but not a whole paste.
            var typed = parts[0].Length > JoinCodes.Length * 2 ? parts[0][..(JoinCodes.Length * 2)] + "…" : parts[0];
            return Say(e, typed.ToUpperInvariant(), language);
        }
    }

    private static string Say(ClassroomException e, string code, Language language) => e.Error switch
    {
        ClassError.NoSuchClass => ClassroomText.Get("no-class", language, code),
        ClassError.ClassFull => ClassroomText.Get("class-full", language, code),
        ClassError.NoRoundOpen or ClassError.ClassEnded => ClassroomText.Get("no-round", language, code),
        ClassError.RoundMoved => ClassroomText.Get("round-moved", language),
        ClassError.EmptyReply => ClassroomText.Get("empty-reply", language),
        ClassError.ReplyTooLong => ClassroomText.Get("reply-too-long", language, [.. e.Args]),
        _ => ClassroomText.Get("not-in-class", language),
    };

    private static Task SayAsync(ActivityTurn turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(OutputRenderer.Message(turn, text), cancellationToken);

    private static bool IsCommand(string words, string command) =>
        words.StartsWith(command, StringComparison.OrdinalIgnoreCase) && (words.Length == command.Length || char.IsWhiteSpace(words[command.Length]));

    /// <summary>The conversation's language (the page's, as it started the conversation); messages rarely carry a locale.</summary>
    private async Task<Language> LanguageOfAsync(Activity activity, string key, CancellationToken cancellationToken) =>
        LanguageCodes.TryParse(activity.Locale, out var language) ? language
        : (await _store.ReadAsync(key, cancellationToken))?.State.Language ?? Language.En;
}
