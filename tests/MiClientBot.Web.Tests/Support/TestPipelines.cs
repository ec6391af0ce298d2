using MiClientBot.Core.Conversations;
using MiClientBot.Core.Sessions;
using MiClientBot.Core.Voice;
using MiClientBot.Web.Voice;
using MiClientBot.Core.Options;
using MiClientBot.Web.Bot;
using MiClientBot.Web.DirectLine;
using MiClientBot.Web.Hosting;
using MiClientBot.Web.Protocol;
using MiClientBot.Web.Reports;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Tests.Support;

/// <summary>The turn pipeline over a given store, without a host: for tests of several "hosts" sharing one backing.</summary>
internal static class TestPipelines
{
    private static readonly OutputRenderer Renderer = new(
        new ReportTickets(new TokenSigningKey(
            Options.Create(new DirectLineOptions { TokenSigningKey = Convert.ToBase64String(new byte[DirectLineOptions.MinKeyBytes]) }),
            new RootSettings(null),
            NullLogger<TokenSigningKey>.Instance)),
        new ReportLinks(Options.Create(new WebOptions()), new HttpContextAccessor()),
        Options.Create(new SessionOptions()));

    /// <summary>A pipeline of its own (its own locks, as another host has) over <paramref name="store"/>.</summary>
    public static TurnPipeline Over(IConversationStore store, TimeProvider time) =>
        new(new RecentTurns(time), new ConversationLocks(), store, Renderer, time, new VoiceTurns(new ClientVoice(Flow, null, TimeSpan.FromSeconds(1), time), store, time));

    private static readonly ConversationFlow Flow = new(new ClientEngine(
        MiClientBot.Core.Personas.PersonaCatalog.Load(Repo.Scenarios), MiClientBot.Coding.TraineeMoveCoder.CreateDefault()));

    /// <summary>Runs one turn of conversation <paramref name="key"/>; the replies are collected as under expectReplies.</summary>
    public static Task RunAsync(this TurnPipeline pipeline, string key, TurnFlow flow, TurnSource? source)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = key },
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        return pipeline.RunAsync(new TurnRequest(new ActivityTurn(activity, null), key, flow, source, Typing: false, Deduplicate: false), CancellationToken.None);
    }
}
