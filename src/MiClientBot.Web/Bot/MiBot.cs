using Microsoft.Extensions.Options;
using MiClientBot.Core;
using MiClientBot.Core.Conversations;
using MiClientBot.Core.Options;
using SessionOptions = MiClientBot.Core.Options.SessionOptions;
using MiClientBot.Web.Conversations;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Voice;

namespace MiClientBot.Web.Bot;

/// <summary>
/// The MI client on the Bot Framework: welcomes when added to a conversation, runs each message
/// (or card action) through the shared conversation flow and store, and renders what it says.
/// </summary>
internal sealed class MiBot : IActivityHandler
{
    public const string CardActionInvoke = "adaptiveCard/action";

    private readonly ConversationFlow _flow;
    private readonly ConversationTurns _turns;
    private readonly RecentTurns _recent;
    private readonly IConversationStore _store;
    private readonly OutputRenderer _renderer;
    private readonly ForgetCommand _forget;
    private readonly VoiceTurns _voice;
    private readonly Language _defaultLanguage;

    public MiBot(
        ConversationFlow flow,
        ConversationTurns turns,
        RecentTurns recent,
        IConversationStore store,
        OutputRenderer renderer,
        ForgetCommand forget,
        IOptions<SessionOptions> session,
        VoiceTurns voice)
    {
        _flow = flow;
        _turns = turns;
        _recent = recent;
        _store = store;
        _renderer = renderer;
        _forget = forget;
        _voice = voice;
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

        await RunAsync(turn, state => _flow.Handle(state, text), text, typing: true, cancellationToken);
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
        var outputs = await _turns.RunAsync(
            Key(activity),
            current => current is null ? NewConversation(activity) : (current, _flow.Welcome(current.Language, current.Coach).Outputs),
            cancellationToken);
        await SendAsync(turn, outputs, cancellationToken);
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

        await RunAsync(turn, state => _flow.Handle(state, command), command, typing: false, cancellationToken);
        return InvokeResponse.Message(command);
    }

    private async Task RunAsync(
        ActivityTurn turn,
        Func<ConversationState, (ConversationState, IReadOnlyList<ConversationOutput>)> step,
        string text,
        bool typing,
        CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var key = Key(activity);
        var source = new TurnSource(string.IsNullOrWhiteSpace(activity.From?.Name) ? null : activity.From.Name.Trim(), text);
        async Task<IReadOnlyList<ConversationOutput>> Run()
        {
            if (typing)
            {
                // The indicator shows while the client "thinks"; replies follow once the turn is stored.
                await turn.SendTypingAsync(cancellationToken);
            }

            // A trainee move's reply is phrased (when a voice is on) before the turn is stored; typing shows meanwhile.
            var voiced = typing ? await _voice.PrepareAsync(turn, key, text, cancellationToken) : null;
            return await _turns.RunAsync(
                key,
                current => voiced is null ? step(current ?? NewConversation(activity).State) : voiced.Apply(current ?? NewConversation(activity).State, step),
                source,
                cancellationToken);
        }

        Task Deliver(IReadOnlyList<ConversationOutput> outputs) => SendAsync(turn, outputs, cancellationToken);

        if (turn.MayBeRedelivered && !string.IsNullOrEmpty(activity.Id))
        {
            await _recent.RunOnceAsync(key, activity.Id, activity.ExpectsReplies, Run, Deliver, cancellationToken);
        }
        else
        {
            await Deliver(await Run());
        }
    }

    private async Task SendAsync(ActivityTurn turn, IReadOnlyList<ConversationOutput> outputs, CancellationToken cancellationToken)
    {
        // One at a time, in order: the channel shows replies in the order it receives them.
        foreach (var reply in _renderer.Render(turn, outputs))
        {
            await turn.SendAsync(reply, cancellationToken);
        }
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
