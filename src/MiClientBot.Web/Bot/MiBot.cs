using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Web.Classroom;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Turns;
using Microsoft.Extensions.Options;
using SessionOptions = MiClientBot.Core.Options.SessionOptions;

namespace MiClientBot.Web.Bot;

/// <summary>
/// The MI client on the Bot Framework, channel by channel: reads what the trainee meant from a message (Teams
/// mentions, card actions, attachments, /forget) or notices being added, and hands the turn to the
/// <see cref="TurnPipeline"/>, which de-duplicates, stores and delivers it.
/// </summary>
internal sealed class MiBot : IActivityHandler
{
    public const string CardActionInvoke = "adaptiveCard/action";

    private readonly ConversationFlow _flow;
    private readonly TurnPipeline _pipeline;
    private readonly IConversationStore _store;
    private readonly ForgetCommand _forget;
    private readonly ClassroomBot _classroom;
    private readonly Language _defaultLanguage;

    public MiBot(
        ConversationFlow flow,
        TurnPipeline pipeline,
        IConversationStore store,
        ForgetCommand forget,
        ClassroomBot classroom,
        IOptions<SessionOptions> session)
    {
        _flow = flow;
        _pipeline = pipeline;
        _store = store;
        _forget = forget;
        _classroom = classroom;
        _defaultLanguage = LanguageCodes.TryParse(session.Value.DefaultLanguage, out var language) ? language : Language.En;
    }

    public Task<InvokeResponse?> HandleAsync(ActivityTurn turn, CancellationToken cancellationToken) => turn.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageAsync(turn, cancellationToken),
        ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(turn, cancellationToken),
        ActivityTypes.Invoke => OnInvokeAsync(turn, cancellationToken),
        _ => Task.FromResult<InvokeResponse?>(null),
    };

    private async Task<InvokeResponse?> OnMessageAsync(ActivityTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var text = TeamsMentions.StripBotMention(activity);
        if (text.Length == 0 && CardActions.ToCommand(activity.Value) is { } command)
        {
            text = command;
        }

        if (text.Length == 0 && HasNonTextAttachment(activity))
        {
            var stored = await _store.ReadAsync(Key(activity), cancellationToken);
            var language = stored?.State.Language ?? LanguageOf(activity);
            await turn.SendAsync(OutputRenderer.Message(turn, BotText.Get("only-text", language)), cancellationToken);
            return null;
        }

        if (ForgetCommand.Matches(text))
        {
            var confirmation = await _forget.ForgetAsync(Key(activity), LanguageOf(activity), cancellationToken);
            await turn.SendAsync(OutputRenderer.Message(turn, confirmation), cancellationToken);
            return null;
        }

        // In a class, a message is the student's reply to the class's round, not a move in a role-play of their own.
        if (await _classroom.TryHandleAsync(turn, text, cancellationToken))
        {
            return null;
        }

        await _pipeline.RunAsync(Move(turn, state => _flow.Handle(state, text), text, typing: true), cancellationToken);
        return null;
    }

    private async Task<InvokeResponse?> OnConversationUpdateAsync(ActivityTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botAdded = activity.MembersAdded?.Any(m => string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) ?? false;
        if (!botAdded)
        {
            return null;
        }

        // Added again to a conversation it knows: welcome again but keep the session.
        TurnFlow welcome = current => current is null ? NewConversation(activity) : (current, _flow.Welcome(current.Language, current.Coach).Outputs);
        await _pipeline.RunAsync(new TurnRequest(turn, Key(activity), welcome, Source: null, Typing: false, Deduplicate: false), cancellationToken);
        return null;
    }

    private async Task<InvokeResponse?> OnInvokeAsync(ActivityTurn turn, CancellationToken cancellationToken)
    {
        if (!string.Equals(turn.Activity.Name, CardActionInvoke, StringComparison.Ordinal))
        {
            return InvokeResponse.NotImplemented;
        }

        if (CardActions.ToCommand(turn.Activity.Value) is not { } command)
        {
            return InvokeResponse.BadRequest("This card action is not known.");
        }

        await _pipeline.RunAsync(Move(turn, state => _flow.Handle(state, command), command, typing: false), cancellationToken);
        return InvokeResponse.Message(command);
    }

    /// <summary>A move of the trainee's (a message or a card action): a new conversation welcomes first.</summary>
    private TurnRequest Move(
        ActivityTurn turn, Func<ConversationState, (ConversationState, IReadOnlyList<ConversationOutput>)> step, string text, bool typing)
    {
        var activity = turn.Activity;
        var source = new TurnSource(string.IsNullOrWhiteSpace(activity.From?.Name) ? null : activity.From.Name.Trim(), text);
        return new TurnRequest(
            turn, Key(activity), current => step(current ?? NewConversation(activity).State), source, typing,
            Deduplicate: turn.MayBeRedelivered && !string.IsNullOrEmpty(activity.Id))
        {
            // A trainee's message may be phrased by the model voice (when one is on) before the turn is stored.
            VoiceText = typing ? text : null,
        };
    }

    private (ConversationState State, IReadOnlyList<ConversationOutput> Outputs) NewConversation(Activity activity)
    {
        var (state, outputs) = _flow.Welcome(LanguageOf(activity));
        return (state with { Seed = ConversationKeys.Seed(Key(activity)) }, outputs);
    }

    private Language LanguageOf(Activity activity) =>
        LanguageCodes.TryParse(activity.Locale, out var language) ? language : _defaultLanguage;

    private static string Key(Activity activity) => ConversationKeys.Of(activity);

    // Teams adds a text/html copy of every message; only real files and images count as non-text.
    private static bool HasNonTextAttachment(Activity activity) =>
        activity.Attachments?.Any(a => a.ContentType is { } type && !type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)) ?? false;
}
