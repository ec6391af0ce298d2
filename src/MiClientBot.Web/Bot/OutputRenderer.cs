using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using MiClientBot.Coding;
using MiClientBot.Core.Conversations;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Reports;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Turns;
using Microsoft.Extensions.Options;
using SessionOptions = MiClientBot.Core.Options.SessionOptions;

namespace MiClientBot.Web.Bot;

/// <summary>Turns the flow's outputs into activities: messages, cards, and the mi.state event.</summary>
internal sealed class OutputRenderer
{
    public const string StateEventName = "mi.state";

    private static readonly JsonTypeInfo<MiStateSnapshot> SnapshotJson = (JsonTypeInfo<MiStateSnapshot>)ActivityJson.Options.GetTypeInfo(typeof(MiStateSnapshot));

    private readonly ReportTickets _tickets;
    private readonly ReportLinks _links;
    private readonly SessionOptions _session;

    public OutputRenderer(ReportTickets tickets, ReportLinks links, IOptions<SessionOptions> session)
    {
        _tickets = tickets;
        _links = links;
        _session = session.Value;
    }

    public IEnumerable<Activity> Render(ActivityTurn turn, IReadOnlyList<ConversationOutput> outputs)
    {
        foreach (var output in outputs)
        {
            yield return output switch
            {
                ClientSaid c => Message(turn, $"**{c.Name}:** {c.Text}"),
                ToolSaid t => Message(turn, t.Text),
                CoachHint h => Message(turn, "💡 " + h.Text),
                PersonaChoice p => Choice(turn, p),
                MiStateSnapshot s => State(turn, s),
                ReportReady r => Report(turn, r),
                _ => Message(turn, output.ToString() ?? string.Empty),
            };
        }
    }

    public static Activity Message(ActivityTurn turn, string text) => turn.CreateReply(ActivityTypes.Message, text: text, textFormat: "markdown");

    private Activity Choice(ActivityTurn turn, PersonaChoice choice) => Message(turn, choice.Prompt) with
    {
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = PersonaChoiceCard.Build(choice, _session.DefaultPersona) }],
        SuggestedActions = new SuggestedActions
        {
            To = turn.Activity.From?.Id is { } user ? [user] : null,
            Actions = [.. PersonaChoiceCard.SuggestedCommands(choice).Select(c => new CardAction { Title = c.Title, Value = c.Command })],
        },
    };

    // The snapshot itself is the event's value, serialized when the reply is: one small wrapper per turn instead of a
    // tree of JSON nodes (the tree showed up among the host's largest allocations under load: one event per turn).
    public static Activity State(ActivityTurn turn, MiStateSnapshot s) =>
        turn.CreateReply(ActivityTypes.Event, name: StateEventName, value: JsonValue.Create(s, SnapshotJson));

    private Activity Report(ActivityTurn turn, ReportReady ready)
    {
        var url = _links.For(_tickets.For(SessionIds.Of(ConversationKeys.Of(turn.Activity)), ready.State));
        var language = LanguageCodes.TryParse(ready.Report.Language, out var l) ? l : Language.En;
        return Message(turn, BotText.Get("report-ready", language, url)) with
        {
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = ReportCard.Build(ready.Report, url) }],
        };
    }
}
