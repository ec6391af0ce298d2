using MiClientBot.Web.Storage;
using MiClientBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MiClientBot.Web.Tests.Storage;

/// <summary>/forget: a trainee deletes their own session, and is told so in the session's language.</summary>
public sealed class ForgetTests : BotWithConnectorTests
{
    private const string Key = "msteams:a:1xYzPersonalChatWithKari";

    [Fact]
    public async Task PostForget_DuringANorwegianSession_DeletesSessionAndTranscriptAndConfirmsInNorwegian()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start lasse nb", id: "1700000000100"));
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "Du er lei av ventelista.", id: "1700000000101"));
        Connector.Clear();

        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/forget", id: "1700000000102"));

        Assert.Equal("Samtalen din og referatet av den er slettet. Skriv hva som helst for å starte en ny.", Assert.Single(Connector.Messages).Text);
        Assert.Null(await Bot.Store.ReadAsync(Key, CancellationToken.None));
        var archive = Bot.Services.GetRequiredService<IConversationArchive>();
        Assert.Empty(await archive.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PostMessage_AfterForget_StartsAFreshConversation()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start gary en", id: "1700000000100"));
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/FORGET ", id: "1700000000101"));
        Connector.Clear();

        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/start gary en", id: "1700000000102"));

        var stored = await Bot.Store.ReadAsync(Key, CancellationToken.None);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(0, stored.State.Session!.Turn);
        Assert.Contains(Connector.Replies, r => r.Name == "mi.state");
    }

    [Fact]
    public async Task PostForget_NothingStored_SaysSoInTheChannelLanguage()
    {
        await Bot.PostAsync(Teams.PersonalMessage(Connector.ServiceUrl, "/forget", id: "1700000000100", locale: "da-DK"));

        Assert.Equal("Der er ikke gemt noget om denne samtale.", Assert.Single(Connector.Messages).Text);
        Assert.Null(await Bot.Store.ReadAsync(Key, CancellationToken.None));
    }
}
